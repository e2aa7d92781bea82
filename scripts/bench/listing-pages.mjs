// Deterministic pages of catalogue sites that are not articles, for the bench's non-article figures: a
// home page, a news listing and a tag page. Built like the real ones: a header with navigation, a lead
// story, a grid of teasers (headline, one-line summary, image, date), promotion banners between rows,
// a sidebar of prices and a footer, with the head signals such pages carry (og:type website, JSON-LD
// WebSite/CollectionPage). The same options always give the same bytes.

const HEADLINES = [
  'Bitcoin holds above support as ETF inflows slow',
  'Ether treasury firms look undervalued after the plunge',
  'Regulators weigh new custody rules for stablecoin issuers',
  'Solana validators vote on a fee market change',
  'Miners sell reserves as the hashrate reaches a record',
  'Options traders price in a volatile quarter for bitcoin',
  'Layer-2 fees drop after the network upgrade',
  'Court approves the settlement in the exchange case',
  'Funding rates turn negative as the rally stalls',
  'Whales add to their holdings during the correction',
];
const SUMMARY =
  'Analysts say the move reflects a shift in sentiment among institutions and retail holders alike.';
const PIXEL = "data:image/svg+xml;utf8,%3Csvg xmlns='http://www.w3.org/2000/svg' width='1' height='1'/%3E";

function teaser(i, base) {
  const title = HEADLINES[i % HEADLINES.length];
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `<li class="post-card"><a href="${base}/news/${slug}-${1000 + i}"><img src="${PIXEL}" alt="" width="320" height="180"></a>
<div class="post-card__body"><h3><a href="${base}/news/${slug}-${1000 + i}">${title}</a></h3>
<p>${SUMMARY}</p><time datetime="2025-08-${String((i % 27) + 1).padStart(2, '0')}">Aug ${(i % 27) + 1}</time></div></li>`;
}

function promo(i) {
  return `<div class="banner-slot"><a href="https://partner.example/offer?ref=${i}"><img src="${PIXEL}" alt="Trade now and claim a welcome bonus" width="728" height="90"></a><span>Sponsored</span></div>`;
}

/** @param {{ url: string, title: string, ldType: string, teasers: number }} page */
function build({ url, title, ldType, teasers }) {
  const base = new URL(url).origin;
  const rows = [];
  for (let i = 0; i < teasers; i += 6) {
    const cards = Array.from({ length: Math.min(6, teasers - i) }, (_, k) => teaser(i + k, base)).join('\n');
    rows.push(`<ul class="post-grid">${cards}</ul>`, promo(i));
  }
  const nav = ['News', 'Markets', 'Prices', 'Learn', 'Research', 'Events', 'Podcasts']
    .map((n) => `<li><a href="${base}/${n.toLowerCase()}">${n}</a></li>`)
    .join('');
  const prices = ['BTC', 'ETH', 'SOL', 'XRP', 'DOGE', 'ADA', 'BNB', 'TON']
    .map((c, i) => `<tr><td>${c}</td><td>$${(1000 + i * 137.5).toFixed(2)}</td><td>+${i}.2%</td></tr>`)
    .join('');
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': ldType, name: title, url });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="website"><meta property="og:title" content="${title}">
<meta name="description" content="The latest news on bitcoin, ether and the crypto markets.">
<script type="application/ld+json">${ld}</script>
<style>body{font:16px/1.5 system-ui;margin:0}.post-grid{display:grid;grid-template-columns:repeat(3,1fr);gap:16px;list-style:none;padding:0}
.site-header,.site-footer{background:#111;color:#eee;padding:12px}.layout{display:flex;gap:24px;padding:16px}main{flex:3}aside{flex:1}
.banner-slot{margin:16px 0;text-align:center}</style></head><body>
<header class="site-header"><a href="${base}/">Home</a><nav><ul>${nav}</ul></nav><button>Sign up</button></header>
<div class="layout"><main><h1>${title}</h1>
<section class="lead-story"><a href="${base}/news/lead-story-2000"><img src="${PIXEL}" alt="" width="800" height="400"></a>
<h2><a href="${base}/news/lead-story-2000">${HEADLINES[0]}</a></h2><p>${SUMMARY}</p></section>
${rows.join('\n')}
<nav class="pagination"><a href="?page=2">Next</a></nav></main>
<aside><h2>Prices</h2><table>${prices}</table>${promo(999)}<h2>Newsletter</h2><form><input type="email" placeholder="Email"><button>Subscribe</button></form></aside></div>
<footer class="site-footer"><p>© 2025 News. All rights reserved.</p><nav><a href="${base}/about">About</a> <a href="${base}/advertise">Advertise</a></nav></footer>
</body></html>`;
}

/** The bench's non-article pages of catalogue sites (kind `nonarticle`). */
export function listingPages() {
  return [
    {
      name: 'listing-home',
      url: 'https://cointelegraph.com/',
      title: 'Cointelegraph: Bitcoin and crypto news',
      ldType: 'WebSite',
      teasers: 36,
    },
    {
      name: 'listing-news',
      url: 'https://www.bitget.com/news',
      title: 'Crypto news',
      ldType: 'CollectionPage',
      teasers: 30,
    },
    {
      name: 'listing-tag',
      url: 'https://decrypt.co/news/tag/bitcoin',
      title: 'Bitcoin news',
      ldType: 'CollectionPage',
      teasers: 24,
    },
  ].map(({ name, url, ...page }) => ({
    name,
    url,
    html: build({ url, ...page }),
    kind: 'nonarticle',
    source: 'own',
  }));
}
