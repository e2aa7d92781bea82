/** Lines of real pages that read like sentences to a splitter but are no key point, and their look-alikes. */
import { describe, expect, it } from 'vitest';
import { unfitReason, type UnfitReason } from '../../../src/summarize/sentence-filters';

/** One test per [lang, text] case: unfitReason gives `reason` (null: the text may be a key point). */
function expectReason(title: string, reason: UnfitReason | null, cases: [string, string][]): void {
  it.each(cases)(title, (lang, text) => {
    expect(unfitReason(text, lang)).toBe(reason);
  });
}

describe('unfitReason: bylines', () => {
  expectReason('a %s byline (names only, or with its date) or update notice is a byline', 'byline', [
    ['de', 'Von Volkmar Kabisch, Jan Lukas Strozyk und Benedikt Strunz, NDR'],
    ['en', 'By Natasha Turak, Sam Meredith and Holly Ellyatt, CNBC Europe'],
    ['fr', 'Par Marie-Claire Dupont, Jean Lefèvre et Anne de La Tour, AFP'],
    ['nl', 'Door Pieter van der Berg en Sanne de Vries, NOS Nieuws'],
    ['en', 'By Jane Doe | November 18, 2019 at 2:26 PM'],
    ['fr', 'Article mis à jour le 7 janvier 2020 à 14:32.'],
    ['en', 'Updated: Nov. 18, 2019 at 2:26 PM ET.'],
    ['de', 'Zuletzt aktualisiert am 15. März 2020 um 18:04 Uhr.'],
  ]);

  expectReason('a %s sentence that opens with the same word is not', null, [
    ['de', 'Von Januar bis März stiegen die Preise für Bitcoin um zehn Prozent.'],
    ['en', 'By Monday the price of Bitcoin had doubled from its low in March.'],
    ['fr', 'Par ailleurs, la Banque de France a relevé ses prévisions de croissance.'],
    ['it', 'Di Maio ha detto che il governo presenterà la legge entro giugno.'],
    ['en', 'The company published its 2024 annual report on Monday, with record revenue.'],
    ['en', 'Published figures for 2024 show that Bitcoin ETFs took in more than $35 billion over the year.'],
  ]);
});

describe('unfitReason: fragments', () => {
  expectReason('a %s line without sentence-final punctuation is a fragment', 'fragment', [
    ['en', 'Eat 60–90 minutes before your workout'],
    ['en', 'Some of the lighting installations on show at the 7th Amsterdam Light Festival – previews'],
    ['ru', 'Характеристики бега можно увеличить за счет кодов'],
    ['ja', 'ショートカットタブを開き、ショートカットの欄を'],
    ['de', 'Die wichtigsten Reaktionen auf die Zinsentscheidung der Europäischen Zentralbank'],
    [
      'en',
      '1 scoop Shakeology, 1 cup strawberries, 8 oz. unsweetened almond milk (or 1 tsp. nut butter and 8 oz. water)',
    ],
    ['en', 'Asparagus and Eggs [1 cup asparagus, 2 soft-boiled or poached eggs, ½ cup sweet potato]'],
  ]);

  expectReason('a %s list set out as a line is a fragment', 'fragment', [
    ['en', 'Portion Fix Containers: 1 Green, 1 Red, 1 Yellow, 1 tsp.'],
    ['de', 'Technische Daten: 16 GB RAM, 512 GB SSD, Radeon Pro 5500M.'],
    ['es', 'Ingredientes principales: dos huevos, espárragos verdes, aceite de oliva.'],
  ]);

  expectReason('a %s sentence, ended in its script or quoted, is not', null, [
    ['en', 'Emirates has finalized a deal to buy 30 of Boeing’s 787-9 Dreamliner jets.'],
    ['en', 'He called the ruling “a historic step for the whole industry”'],
    ['en', 'The agency said the ruling would stand (a first for the whole industry.)'],
    ['fr', '« Les 11 agences sanitaires au monde ont un avis unanime : il ne présente pas de risque »'],
    ['zh', '对受美国监管的现货比特币ETF的批准将成为最有影响力的催化剂之一。'],
    ['hi', 'भारतीय रिज़र्व बैंक ने सोमवार को ब्याज दरों में कोई बदलाव नहीं किया।'],
    ['ar', 'قال البنك المركزي إن أسعار الفائدة ستبقى دون تغيير حتى نهاية العام المقبل.'],
    ['th', 'ธนาคารแห่งประเทศไทยคงอัตราดอกเบี้ยนโยบายไว้ที่ร้อยละสองจุดห้าในการประชุมวันนี้'],
    ['pt', 'Prof. Carlos: Estou aqui ao lado do Eugênio Tadeu, que já é de casa e da universidade.'],
    ['en', 'The fund holds three assets: bitcoin bought in 2021, ether bought last year, and cash.'],
  ]);
});

describe('unfitReason: questions', () => {
  expectReason('a %s question is no key point', 'question', [
    ['en', 'Will Bitcoin ETF inflows push the price to a new record high this month?'],
    ['zh', '比特币现货ETF的获批会推动价格创出新高吗？'],
    ['ja', 'ではなぜ、不正に改造したiPhoneを販売すると、商標権侵害になるのでしょうか。'],
    ['ja', 'ビットコインの価格は年内に再び最高値を更新するのか。'],
  ]);

  expectReason('a %s statement is not', null, [
    ['ja', '報道によると、今回販売されたのは、いわゆる「脱獄」したiPhoneだったことが明らかになりました。'],
    ['ja', '明らかに価格は上昇傾向にあると多くのアナリストが指摘している。'],
  ]);
});
