import { describe, expect, it } from 'vitest';
import { SITES } from '../../../src/sites';
import { randomRules } from '../fuzz/generate';
import {
  backtrackingRisk,
  buildHideStylesheet,
  compileRules,
  matchProcedural,
  MAX_REGEXP_TEXT,
  mayHoldProceduralRule,
  parseCosmeticRules,
  type ProceduralRule,
} from '../../../src/clean/cosmetic';

function parseOne(line: string) {
  const { rules, errors } = parseCosmeticRules(line);
  expect(errors).toEqual([]);
  expect(rules).toHaveLength(1);
  return rules[0]!;
}

function reasonFor(line: string): string {
  const { rules, errors } = parseCosmeticRules(line);
  expect(rules).toEqual([]);
  expect(errors).toHaveLength(1);
  return errors[0]!.reason;
}

function proceduralOf(line: string): ProceduralRule {
  const rule = parseOne(line);
  expect(rule.procedural).toBeDefined();
  return rule.procedural!;
}

function doc(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('parseCosmeticRules: accepted lines', () => {
  it('reads plain hiding rules, with and without domains (EasyList / AdGuard lines)', () => {
    const text = [
      '! EasyList Cookie',
      '[Adblock Plus 2.0]',
      '',
      'bitget.com##.micro-cookie-dialog',
      'gate.com###ComplianceLimitMessageCOOKIES_POLICY',
      '##div[class^="sidebar_gift"]',
      'coinmarketcap.com,my.kaspersky.com##.js-cookie-policy-banner',
      'decrypt.co##.my-10.xl\\:flex.justify-center',
    ].join('\n');
    const { rules, errors } = parseCosmeticRules(text);
    expect(errors).toEqual([]);
    expect(rules.map((rule) => [rule.line, rule.selector, rule.domains])).toEqual([
      [4, '.micro-cookie-dialog', ['bitget.com']],
      [5, '#ComplianceLimitMessageCOOKIES_POLICY', ['gate.com']],
      [6, 'div[class^="sidebar_gift"]', []],
      [7, '.js-cookie-policy-banner', ['coinmarketcap.com', 'my.kaspersky.com']],
      [8, '.my-10.xl\\:flex.justify-center', ['decrypt.co']],
    ]);
    expect(rules.every((rule) => !rule.exception && !rule.procedural)).toBe(true);
  });

  it('reads exceptions and excluded domains', () => {
    const rule = parseOne('example.com,~news.example.com#@#.banner');
    expect(rule).toMatchObject({
      exception: true,
      selector: '.banner',
      domains: ['example.com'],
      excludedDomains: ['news.example.com'],
    });
  });

  it('keeps native :has() as plain CSS and maps ABP/AdGuard aliases (#?#, :-abp-has)', () => {
    const rule = parseOne(
      'binance.com#?#body > aside[class^="css-"]:-abp-has(> a[data-bn-type="button"][href^="https://ftp.binance.com/"])',
    );
    expect(rule.procedural).toBeUndefined();
    expect(rule.selector).toBe(
      'body > aside[class^="css-"]:has(> a[data-bn-type="button"][href^="https://ftp.binance.com/"])',
    );
  });

  it('accepts AdGuard CSS injection in its hiding form only', () => {
    expect(parseOne('theblock.co#$#.newsletterModal { display: none !important; }').selector).toBe(
      '.newsletterModal',
    );
    expect(reasonFor('theblock.co##.overflow-hidden:style(overflow: auto !important;)')).toMatch(
      /:style\(\)/,
    );
    expect(reasonFor('mexc.com#$#body { overflow: auto !important; }')).toMatch(/display: none/);
  });

  it('turns :has-text, :contains and :-abp-contains into procedural rules', () => {
    expect(proceduralOf('theblock.co#?#.py-4.my-6:has-text(Advertisement)')).toEqual({
      selector: '.py-4.my-6:has-text(Advertisement)',
      css: '.py-4.my-6',
      steps: [{ op: 'has-text', pattern: { kind: 'substring', value: 'Advertisement' } }],
    });
    expect(proceduralOf('##.card:-abp-contains(Sponsored)').selector).toBe('.card:has-text(Sponsored)');
    expect(proceduralOf('##.card:contains(Sponsored)').selector).toBe('.card:has-text(Sponsored)');
    const regexp = proceduralOf('##aside:has-text(/bonus|APR/i)').steps[0];
    expect(regexp).toMatchObject({ op: 'has-text', pattern: { kind: 'regexp' } });
  });

  it('reads the real CoinDesk rule: :has-text nested inside :has, with escaped Tailwind classes', () => {
    const rule = proceduralOf(
      'coindesk.com#?#.bg-white.flex.gap-6.w-full.shrink.justify-between.md\\:justify-normal.lg\\:flex-row-reverse:has(.font-metadata.mr-1.uppercase:has-text(Sponsored by))',
    );
    expect(rule.css).toBe(
      '.bg-white.flex.gap-6.w-full.shrink.justify-between.md\\:justify-normal.lg\\:flex-row-reverse',
    );
    expect(rule.steps).toEqual([
      {
        op: 'has',
        selector: {
          css: '.font-metadata.mr-1.uppercase',
          steps: [{ op: 'has-text', pattern: { kind: 'substring', value: 'Sponsored by' } }],
        },
      },
    ]);
  });

  it('treats apostrophes in :has-text() as text, not as quotes', () => {
    const rule = proceduralOf("##p:has-text(Don't miss)");
    expect(rule.steps).toEqual([{ op: 'has-text', pattern: { kind: 'substring', value: "Don't miss" } }]);
  });
});

describe('parseCosmeticRules: rejected lines carry their reason', () => {
  it.each([
    ['bitget.com##+js(trusted-set-cookie, OptanonConsent, isMarketing%3D0)', /scriptlet/],
    ["binance.com#%#(function(){localStorage.setItem('showCookieTip','1')})();", /JavaScript/],
    ['||ads.example.com^$third-party', /network filter/],
    ['/banner/*/img^', /network filter/],
    ['example.com##', /empty selector/],
    ['example.com##div[', /unbalanced/],
    ['example.com##div:nth-child(x)', /bad selector/],
    ['example.com##.a:has(', /unbalanced/],
    ['example.com##.promo:remove()', /only hides/],
    ['example.com##.promo:upward(2)', /:upward/],
    ['example.com##.promo:matches-css(position: fixed)', /unsupported operator :matches-css/],
    ['example.com##:has-text(Sponsored)', /CSS selector before/],
    ['example.com##.a:has-text(/[/)', /bad regular expression/],
    ['example.com##^script:has-text(ads)', /HTML filtering/],
    ['example.com$$script[tag-content="ads"]', /HTML filtering/],
    ['google.*##.ad', /entity domains/],
    ['example.com##.a, .b:has-text(x)', /one rule per selector/],
    ['example.com##.a:is(.b:has-text(x))', /inside :is/],
  ])('%s', (line, reason) => {
    expect(reasonFor(line)).toMatch(reason);
  });

  it('reports line numbers and keeps the valid lines around a bad one', () => {
    const { rules, errors } = parseCosmeticRules('##.ok\n##.bad:remove()\n\n##.also-ok');
    expect(rules.map((rule) => rule.selector)).toEqual(['.ok', '.also-ok']);
    expect(errors).toEqual([
      { line: 2, text: '##.bad:remove()', reason: expect.stringContaining(':remove()') },
    ]);
  });
});

describe('compileRules', () => {
  const { rules } = parseCosmeticRules(
    [
      '##.cookie-banner',
      'coindesk.com##.high-impact-ad',
      'example.com,~blog.example.com##.sticky-cta',
      'ru.beincrypto.com##.telegram-banner',
      'beincrypto.com##.before-author-block-bio:has-text(Sponsored)',
      'news.example.com#@#.cookie-banner',
      '##.cookie-banner',
    ].join('\n'),
  );

  it('keeps the rules of the host and its parent domains, minus exclusions and exceptions', () => {
    expect(compileRules(rules, 'www.coindesk.com').selectors).toEqual(['.cookie-banner', '.high-impact-ad']);
    expect(compileRules(rules, 'example.com').selectors).toEqual(['.cookie-banner', '.sticky-cta']);
    expect(compileRules(rules, 'blog.example.com').selectors).toEqual(['.cookie-banner']);
    expect(compileRules(rules, 'news.example.com').selectors).toEqual(['.sticky-cta']);
    // A suffix that is not a subdomain does not match: notcoindesk.com is another site.
    expect(compileRules(rules, 'notcoindesk.com').selectors).toEqual(['.cookie-banner']);
  });

  it('separates procedural rules and limits language-edition rules to their host', () => {
    const ru = compileRules(rules, 'ru.beincrypto.com');
    expect(ru.selectors).toContain('.telegram-banner');
    expect(ru.procedural.map((rule) => rule.selector)).toEqual([
      '.before-author-block-bio:has-text(Sponsored)',
    ]);
    expect(compileRules(rules, 'beincrypto.com').selectors).not.toContain('.telegram-banner');
  });

  it('lets an exception cancel a procedural rule by its normalized selector', () => {
    const parsed = parseCosmeticRules('##.card:-abp-contains(Ad)\nexample.com#@#.card:has-text(Ad)').rules;
    expect(compileRules(parsed, 'example.com').procedural).toEqual([]);
    expect(compileRules(parsed, 'other.org').procedural).toHaveLength(1);
  });
});

describe('mayHoldProceduralRule: the lines that skip the full parser', () => {
  // Line numbers differ once lines are left out: compare the rules themselves.
  const procedural = (lines: string[]) =>
    parseCosmeticRules(lines.join('\n'))
      .rules.filter((rule) => rule.procedural || rule.exception)
      .map(({ line: _line, ...rule }) => rule);
  const withTextTest = (lines: string[]) => procedural(lines).filter((rule) => rule.procedural);

  it('keeps every procedural rule and exception of the catalogue and of random lists', () => {
    const pools = [
      SITES.flatMap((site) => site.rules),
      ...Array.from({ length: 40 }, (_, i) => randomRules(11, i).split('\n')),
      [
        '##.card:-abp-contains(Ad)',
        'example.com#@#.card:has-text(Ad)',
        '##.box:HAS-TEXT(Promo)',
        '#?#.row:-abp-has(.x:contains(Bonus))',
        '##.a:not(:has-text(/sign ?up/i))',
      ],
    ];
    let procedurals = 0;
    for (const lines of pools) {
      const kept = lines.filter(mayHoldProceduralRule);
      // The same procedural rules, and every exception that could cancel one of them.
      expect(withTextTest(kept)).toEqual(withTextTest(lines));
      for (const rule of procedural(lines).filter((r) => r.exception && /has-text/.test(r.selector)))
        expect(procedural(kept)).toContainEqual(rule);
      procedurals += withTextTest(lines).length;
    }
    // Something was compared: the hand-written pool alone holds four procedural rules.
    expect(procedurals).toBeGreaterThanOrEqual(4);
  });

  it('lets plain CSS, native :has() and :not() through without the parser', () => {
    for (const line of ['##.promo', 'example.com##.a:has(> .b)', '##.x:not(.y)', '#@#.ad'])
      expect(mayHoldProceduralRule(line)).toBe(false);
  });
});

describe('buildHideStylesheet', () => {
  it('writes one display:none rule per chunk', () => {
    expect(buildHideStylesheet(['.a', '#b'])).toBe('.a,\n#b { display: none !important; }');
    expect(buildHideStylesheet(['.a', '.b', '.c'], 2)).toBe(
      '.a,\n.b { display: none !important; }\n.c { display: none !important; }',
    );
    expect(buildHideStylesheet([])).toBe('');
  });

  it('produces a sheet the CSS engine applies', () => {
    const promo = document.createElement('div');
    promo.className = 'promo';
    const text = document.createElement('p');
    text.className = 'text';
    const style = document.createElement('style');
    style.textContent = buildHideStylesheet(['.promo', '.other-promo']);
    document.head.append(style);
    document.body.append(promo, text);
    expect(style.sheet?.cssRules).toHaveLength(1);
    expect(getComputedStyle(promo).display).toBe('none');
    expect(getComputedStyle(text).display).not.toBe('none');
    style.remove();
    expect(getComputedStyle(promo).display).not.toBe('none');
  });
});

describe('matchProcedural', () => {
  // Shaped like the real pages the rules come from (The Block, BeInCrypto, CoinDesk), in several languages.
  const page = doc(`
    <main>
      <div id="articleContent">
        <p>Mt. Gox trustee extends the repayment deadline to October 2025.</p>
        <div class="py-4 my-6"><span>Advertisement</span><div class="slot"></div></div>
        <div class="py-4 my-6"><figure><figcaption>Chart: bitcoin outflows</figcaption></figure></div>
        <p>Das Wichtigste in Kürze: Die SEC lässt erstmals Spot-ETFs zu.</p>
        <div class="py-4 my-6"><p>Реклама: получите бонус 100 USDT</p></div>
      </div>
      <div class="before-author-block-bio">Sponsored</div>
      <div class="before-author-block-bio">Written by Harsh Notariya</div>
      <section class="rail">
        <div class="card"><span class="font-metadata uppercase">Sponsored by Acme</span><a href="/x">Acme</a></div>
        <div class="card"><span class="font-metadata uppercase">Markets</span><a href="/y">Bitcoin</a></div>
      </section>
    </main>`);

  it('matches :has-text by substring, case-sensitively like uBlock Origin', () => {
    const rule = proceduralOf('##.py-4.my-6:has-text(Advertisement)');
    const found = matchProcedural(page, rule);
    expect(found).toHaveLength(1);
    expect(found[0]!.textContent).toContain('Advertisement');
    expect(matchProcedural(page, proceduralOf('##.py-4.my-6:has-text(advertisement)'))).toEqual([]);
  });

  it('matches :has-text with a regular expression, in any script', () => {
    const found = matchProcedural(page, proceduralOf('##.py-4.my-6:has-text(/реклама|advertisement/i)'));
    expect(found.map((element) => element.textContent?.trim().slice(0, 7))).toEqual(['Adverti', 'Реклама']);
  });

  it('matches :has() around :has-text() and leaves the other cards', () => {
    const found = matchProcedural(
      page,
      proceduralOf('##.card:has(.font-metadata.uppercase:has-text(Sponsored by))'),
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.querySelector('a')!.getAttribute('href')).toBe('/x');
  });

  it('supports :has() with a child combinator, :not(), and a selector after the operator', () => {
    const direct = matchProcedural(
      page,
      proceduralOf('###articleContent > div:has(> span:has-text(Advert))'),
    );
    expect(direct).toHaveLength(1);
    const notAd = matchProcedural(page, proceduralOf('##.before-author-block-bio:not(:has-text(Sponsored))'));
    expect(notAd.map((element) => element.textContent)).toEqual(['Written by Harsh Notariya']);
    const slots = matchProcedural(page, proceduralOf('##.py-4:has-text(Advertisement) > .slot'));
    expect(slots.map((element) => element.className)).toEqual(['slot']);
  });

  it('never matches the article text itself', () => {
    const found = matchProcedural(page, proceduralOf('##.before-author-block-bio:has-text(Sponsored)'));
    expect(found).toHaveLength(1);
    expect(found[0]!.closest('#articleContent')).toBeNull();
  });
});

describe(':has-text() regular expressions that could backtrack forever (security review F7)', () => {
  it.each(['(a+)+$', '(a|a)*', '(\\w+\\s?)*x', '(?:x*)+', '(a+){2,}', '(a)\\1', 'a*a*x', '.+\\s+\\d{2,}'])(
    'refuses /%s/',
    (source) => {
      expect(backtrackingRisk(source)).not.toBe('');
      expect(reasonFor(`##p:has-text(/${source}/)`)).toMatch(
        /nested quantifiers|backreferences|second unbounded/,
      );
    },
  );

  it.each([
    'bonus|APR',
    'get\\s{1,5}\\d+%\\s?off',
    '(?:sponsored|promoted) by',
    '[(+)]+',
    '(ab){2}',
    'a{1,3}b+',
  ])('accepts /%s/', (source) => {
    expect(backtrackingRisk(source)).toBe('');
  });

  it('tests a regular expression against a capped text, so a huge box costs little', () => {
    const page = doc(`<p>${'a'.repeat(100_000)}tail</p><p>${'b'.repeat(MAX_REGEXP_TEXT - 8)}tail</p>`);
    // Quadratic on the whole text (10^10 steps); on the capped text, 1.6·10^7.
    const found = matchProcedural(page, proceduralOf('##p:has-text(/a*tail$/)'));
    expect(found.map((element) => element.textContent?.slice(0, 1))).toEqual(['b']);
  });
});
