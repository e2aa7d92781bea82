/**
 * Is a text about crypto or markets? Counts distinct topic words in the title and the start of the
 * body. Words are chosen to be rare outside the topic ("exchange", "wallet", "token" alone are not).
 */

const LATIN_TERMS =
  /\b(bitcoin|btc|ethereum|ether|eth|crypto\w*|krypto\w*|cripto\w*|blockchain\w*|stablecoins?|altcoins?|memecoins?|meme coins?|defi|nfts?|usdt|usdc|solana|xrp|ripple|dogecoin|doge|cardano|litecoin|binance|coinbase|satoshi|halving|airdrops?|staking|etfs?|web3|onchain|on-chain)\b/gi;
/** Cyrillic endings as a range, not \p{L} with the u flag: V8 builds that class on every page. */
const OTHER_SCRIPT_TERMS =
  /(биткоин|биткойн|эфириум|криптовалют[а-яё]*|блокчейн[а-яё]*|стейкинг|比特币|以太坊|加密货币|加密|区块链|代币|稳定币)/g;

/** Enough to call a page crypto news: two distinct topic words. */
const MIN_DISTINCT_TERMS = 2;
const MAX_SAMPLE_CHARS = 4000;

/** ...or one topic word said again and again (title, description and slug of a short flash). */
const MIN_OCCURRENCES = 3;

export function cryptoTerms(text: string): string[] {
  const sample = text.slice(0, MAX_SAMPLE_CHARS);
  const all = [...sample.matchAll(LATIN_TERMS), ...sample.matchAll(OTHER_SCRIPT_TERMS)].map((m) =>
    m[0].toLowerCase(),
  );
  return all;
}

export function isCryptoText(text: string): boolean {
  const all = cryptoTerms(text);
  return new Set(all).size >= MIN_DISTINCT_TERMS || all.length >= MIN_OCCURRENCES;
}
