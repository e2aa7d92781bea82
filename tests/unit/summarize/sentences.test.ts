import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/summarize/sentences';

describe('splitSentences', () => {
  it('keeps English abbreviations, initials and numbers inside their sentence', () => {
    expect(
      splitSentences(
        'Mr. Smith met Dr. Lee at the U.S. Securities and Exchange Commission on Oct. 31, 2025. ' +
          'J. Powell paid approx. 3.125 BTC, about $0.20 each, vs. 11 000 last year. ' +
          'The Mt. Gox trustee spoke in the U.S. The market rose.',
        'en',
      ),
    ).toEqual([
      'Mr. Smith met Dr. Lee at the U.S. Securities and Exchange Commission on Oct. 31, 2025.',
      'J. Powell paid approx. 3.125 BTC, about $0.20 each, vs. 11 000 last year.',
      'The Mt. Gox trustee spoke in the U.S.',
      'The market rose.',
    ]);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(splitSentences('He said “rates stay.” Then he left. Apple Inc. shares rose.', 'en')).toEqual([
      'He said “rates stay.”',
      'Then he left.',
      'Apple Inc. shares rose.',
    ]);
  });

  it('repairs German and Russian abbreviations and ordinals', () => {
    expect(
      splitSentences('Das ist z. B. ein Test. Am 10. Januar 2024 begann der Handel. Dann fiel er.', 'de'),
    ).toEqual(['Das ist z. B. ein Test.', 'Am 10. Januar 2024 begann der Handel.', 'Dann fiel er.']);
    expect(splitSentences('Это, т. е. тест, прошёл. Он сказал: «Всё хорошо.» Потом ушёл.', 'ru')).toEqual([
      'Это, т. е. тест, прошёл.',
      'Он сказал: «Всё хорошо.»',
      'Потом ушёл.',
    ]);
  });

  it('splits French with its spaced punctuation and Chinese/Japanese full stops', () => {
    expect(
      splitSentences('M. Dupont a acheté env. 3 BTC. Le prix a dépassé 0,20 $. Voir aussi : ceci.', 'fr'),
    ).toEqual(['M. Dupont a acheté env. 3 BTC.', 'Le prix a dépassé 0,20 $.', 'Voir aussi : ceci.']);
    expect(splitSentences('截至9月30日,持有的 BTC 数量总计84.2万枚。这是测试！真的吗？', 'zh')).toEqual([
      '截至9月30日,持有的 BTC 数量总计84.2万枚。',
      '这是测试！',
      '真的吗？',
    ]);
    expect(splitSentences('ビットコインは上昇した。イーサリアムも上がった！', 'ja')).toHaveLength(2);
  });
});
