import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unfitReason } from '../../../src/summarize/sentence-filters';
import {
  summarize,
  summarizeCounted,
  usableSentenceCount,
  type SummaryInput,
} from '../../../src/summarize/summarize';
import { countWords } from '../../../src/summarize/tokenize';
import { CHINESE, FRENCH, JAPANESE, RUSSIAN, SPANISH } from './multilingual-articles';

const articlesDir = join(import.meta.dirname, '../../fixtures/articles');
const articles: (SummaryInput & { id: string })[] = readdirSync(articlesDir)
  .filter((f) => /^\d+\.json$/.test(f))
  .map((f) => ({ id: f, ...JSON.parse(readFileSync(join(articlesDir, f), 'utf8')) }))
  .filter((a) => a.paragraphs.length > 0);

/** The points are whole sentences of their paragraph, in reading order, none of them unfit. */
function expectWellFormed(input: SummaryInput, points: ReturnType<typeof summarize>): void {
  let lastParagraph = 0;
  let lastOffset = -1;
  for (const p of points) {
    const paragraph = input.paragraphs[p.paragraph] ?? '';
    const offset = paragraph.indexOf(p.text);
    expect(offset, `"${p.text}" is not in paragraph ${p.paragraph}`).toBeGreaterThanOrEqual(0);
    expect(p.text).toBe(p.text.trim());
    expect(unfitReason(p.text, input.lang)).toBeNull();
    if (p.paragraph === lastParagraph) expect(offset).toBeGreaterThan(lastOffset);
    else expect(p.paragraph).toBeGreaterThan(lastParagraph);
    lastParagraph = p.paragraph;
    lastOffset = offset;
  }
}

describe('summarize', () => {
  it.each(articles.map((a) => [a.id, a] as const))(
    'summarizes corpus article %s into 3 to 5 sentences',
    (_id, article) => {
      const points = summarize(article);
      expect(points.length).toBeGreaterThanOrEqual(3);
      expect(points.length).toBeLessThanOrEqual(5);
      expectWellFormed(article, points);
      expect(summarize(article)).toEqual(points);
    },
  );

  it('counts, with the summary, every usable sentence of its input (the one split the background makes)', () => {
    for (const article of articles.slice(0, 5)) {
      const counted = summarizeCounted(article);
      expect(counted.points).toEqual(summarize(article));
      expect(counted.usable).toBe(usableSentenceCount(article.paragraphs, article.lang, Infinity));
      expect(counted.usable).toBeGreaterThanOrEqual(counted.points.length);
    }
    const thin = { title: 'Brief', lang: 'en', paragraphs: ['Bitcoin rose.', 'Read more: our price page'] };
    expect(summarizeCounted(thin)).toEqual({ points: [], usable: 0 });
  });

  it('gives exactly the number of points asked for', () => {
    const article = articles.find((a) => a.id === '031.json');
    expect(article).toBeDefined();
    expect(summarize(article as SummaryInput, { count: 2 })).toHaveLength(2);
    expect(summarize(article as SummaryInput, { count: 5 })).toHaveLength(5);
  });

  it('picks the lead and the headline facts of a halving story', () => {
    const article = articles.find((a) => a.id === '031.json') as SummaryInput;
    const text = summarize(article, { count: 3 })
      .map((p) => p.text)
      .join(' ');
    expect(text).toContain('840,000');
    expect(text).toContain('3.125 BTC');
  });

  it.each([
    ['fr', FRENCH],
    ['es', SPANISH],
    ['ru', RUSSIAN],
    ['zh', CHINESE],
    ['ja', JAPANESE],
  ] as const)(
    'summarizes a %s article without its promotions, captions and disclaimers',
    (_lang, article) => {
      const points = summarize(article);
      expect(points.length).toBeGreaterThanOrEqual(3);
      expectWellFormed(article, points);
      const text = points.map((p) => p.text).join('\n');
      expect(text).not.toMatch(
        /bonus|bono|бонус|赠金|ボーナス|Voir aussi|Читайте|延伸阅读|関連記事|Shutterstock|Источник|Avertissement|Aviso|免责声明|рекомендацией/iu,
      );
      expect(text).not.toMatch(/[?？]$/mu);
      expect(points[0]?.paragraph).toBe(0);
    },
  );

  // Late in an article, where position barely separates sentences, the one that states a figure
  // wins over a vaguer neighbour; without the figures term the earlier, vaguer one wins by position.
  it.each([
    [
      'en',
      'Pectra upgrade goes live on Ethereum',
      [
        'The Pectra upgrade went live on the Ethereum main network on Wednesday morning.',
        'It bundles 11 improvement proposals across the execution and consensus layers.',
        'Testing on the Holesky and Sepolia networks in 2025 ran into several problems.',
        'Developers then launched a third test network, Hoodi, to rehearse the fork in 3 weeks.',
        'Staking providers had upgraded 95 percent of their nodes before the activation.',
        'Its authors described the release as the most ambitious change in a long while.',
        'Validators can now stake up to 2048 ETH each, up from a limit of 32 ETH before.',
        'Wallet makers said they would ship support for the new features over the coming months.',
      ],
    ],
    [
      'de',
      'Pectra-Upgrade im Ethereum-Hauptnetz aktiviert',
      [
        'Das Pectra-Upgrade wurde am Mittwochmorgen im Ethereum-Hauptnetz aktiviert.',
        'Es bündelt 11 Verbesserungsvorschläge für die Ausführungs- und die Konsensebene.',
        'Die Tests in den Netzen Holesky und Sepolia stießen 2025 auf mehrere Probleme.',
        'Die Entwickler starteten danach ein drittes Testnetz, Hoodi, für 3 weitere Wochen.',
        'Staking-Anbieter hatten vor der Aktivierung 95 Prozent ihrer Knoten aktualisiert.',
        'Seine Autoren beschreiben die Version als ehrgeizigste Änderung seit langer Zeit.',
        'Validatoren können jetzt bis zu 2048 ETH einsetzen statt wie bisher höchstens 32 ETH.',
        'Wallet-Anbieter wollen die neuen Funktionen in den kommenden Monaten unterstützen.',
      ],
    ],
    [
      'ru',
      'Обновление Pectra активировано в сети Ethereum',
      [
        'Обновление Pectra было активировано в основной сети Ethereum в среду утром.',
        'В него вошли 11 предложений по улучшению уровней исполнения и консенсуса.',
        'Тестирование в сетях Holesky и Sepolia в 2025 году выявило несколько проблем.',
        'Затем разработчики за 3 недели запустили третью тестовую сеть под названием Hoodi.',
        'Провайдеры стейкинга обновили 95 процентов своих узлов еще до активации.',
        'Авторы называют этот релиз самым амбициозным изменением за долгое время.',
        'Теперь валидаторы могут размещать до 2048 ETH вместо прежних 32 ETH каждый.',
        'Создатели кошельков обещают поддержать новые функции в ближайшие месяцы.',
      ],
    ],
  ] as const)('prefers the sentence that states a figure (%s)', (lang, title, paragraphs) => {
    const input: SummaryInput = { lang, title, paragraphs: [...paragraphs] };
    const picked = (figures?: number) =>
      summarize(input, { count: 6, tuning: figures === undefined ? {} : { figures } }).map(
        (p) => p.paragraph,
      );
    expect(picked()).toContain(6);
    expect(picked()).not.toContain(5);
    expect(picked(0)).toContain(5);
    expect(picked(0)).not.toContain(6);
  });

  it('never picks promos, see-also lines, captions, disclaimers or questions, even on topic', () => {
    const input: SummaryInput = {
      lang: 'en',
      title: 'Spot Bitcoin ETFs record $1 billion of inflows in a single day',
      paragraphs: [
        'Spot Bitcoin ETFs recorded $1 billion of net inflows on Thursday, the largest single-day total since January.',
        'Sign up now to trade Bitcoin ETF flows with a 100 USDT welcome bonus.',
        'See also: Spot Bitcoin ETF inflows explained for beginners and experts alike.',
        'BlackRock’s fund took in more than half of the Bitcoin ETF inflows, according to Farside Investors.',
        'Photo: Bitcoin ETF inflows chart by Farside Investors data team.',
        'Will Bitcoin ETF inflows push the price to a new record high this month?',
        'Analysts said falling rate expectations were pushing investors back into risk assets such as Bitcoin.',
        'Earn up to 12% APR on your Bitcoin while you wait for the next ETF record.',
        'Disclaimer: this Bitcoin ETF inflows article is not financial advice.',
        'Inflows slowed on Friday as traders took profits ahead of the weekend.',
      ],
    };
    const points = summarize(input);
    expect(points.map((p) => p.paragraph)).toEqual(expect.arrayContaining([0]));
    for (const p of points) expect([0, 3, 6, 9]).toContain(p.paragraph);
    expect(points.length).toBe(3);
  });

  it('returns nothing for an article without usable sentences and fewer points for short ones', () => {
    expect(summarize({ lang: 'en', title: 'Empty', paragraphs: [] })).toEqual([]);
    expect(
      summarize({ lang: 'en', title: 'Promo', paragraphs: ['Sign up now and claim your bonus today!'] }),
    ).toEqual([]);
    const two = summarize({
      lang: 'en',
      title: 'Short',
      paragraphs: [
        'Bitcoin rose 3% on Monday after the Fed held rates.',
        'Ether followed with a 2% gain by the evening.',
      ],
    });
    expect(two).toHaveLength(2);
  });

  it('skips sentences under 6 or over 60 words', () => {
    expect(unfitReason('Bitcoin rose today.', 'en')).toBe('too-short');
    expect(unfitReason(`${'Bitcoin rose again and '.repeat(16)}stayed.`, 'en')).toBe('too-long');
    expect(countWords('比特币现货ETF获得批准。', 'zh')).toBeGreaterThan(2);
  });
});
