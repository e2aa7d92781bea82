import { describe, expect, it } from 'vitest';
import {
  decodeEntities,
  normalizeBlockForServer,
  repairMarkup,
  sameInlineMarkup,
  tokenizeInlineHtml,
  translateTextRuns,
} from '../../../src/translate/inline-html';

describe('inline HTML helpers', () => {
  it('tokenizes tags whose attributes contain ">"', () => {
    const tokens = tokenizeInlineHtml('Voir <a href="https://x.com/?q=a>b" title=\'1 > 0\'>ici</a>.');
    expect(tokens.map((t) => t.kind)).toEqual(['text', 'tag', 'text', 'tag', 'text']);
    expect(tokens[1]?.value).toBe('<a href="https://x.com/?q=a>b" title=\'1 > 0\'>');
  });

  it('decodes entities for servers but keeps &amp; &lt; &gt; and tags untouched', () => {
    expect(decodeEntities('l&#x27;actif &amp; &#39;x&#39; &quot;y&quot;')).toBe("l'actif & 'x' \"y\"");
    expect(
      normalizeBlockForServer('l&#x27;actif &lt;b&gt; 100&nbsp;% <a href="/a?b=1&amp;c=2">lien</a>'),
    ).toBe('l\'actif &lt;b&gt; 100 % <a href="/a?b=1&amp;c=2">lien</a>');
  });

  it('accepts moved tags but not lost, invented or crossed ones', () => {
    const src = 'Le <em>chat</em> <a href="/x">noir</a>';
    expect(sameInlineMarkup(src, 'El <em>gato</em> <a href="/x">negro</a>')).toBe(true);
    expect(sameInlineMarkup(src, 'The black <a href="/x">cat</a> <em>x</em>')).toBe(true);
    expect(sameInlineMarkup(src, 'El gato <a href="/x">negro</a>')).toBe(false);
    expect(sameInlineMarkup(src, 'El <em>gato <a href="/x">negro</em></a>')).toBe(false);
    expect(sameInlineMarkup(src, 'El <em>gato</em> <a href="/evil">negro</a>')).toBe(false);
    expect(sameInlineMarkup('a<br>b', 'x<br>y')).toBe(true);
  });

  it('translates text runs only, keeping every tag in place', async () => {
    const seen: string[][] = [];
    const out = await translateTextRuns(
      'Selon <a href="/i">IntoTheBlock</a>, +100 % &amp; <em>plus</em>.',
      async (texts) => {
        seen.push(texts);
        return texts.map((t) => t.toUpperCase());
      },
    );
    expect(seen).toEqual([['Selon', 'IntoTheBlock', 'plus']]); // runs without letters stay as they are
    expect(out).toBe('SELON <a href="/i">INTOTHEBLOCK</a>, +100 % &amp; <em>PLUS</em>.');
  });

  it('repairs only the outputs whose markup broke', async () => {
    const sources = ['Un <em>chat</em>.', 'Deux chats.'];
    const out = await repairMarkup(sources, ['A cat.', 'Two cats.'], async (t) => t.map((x) => `[${x}]`));
    expect(out).toEqual(['[Un] <em>[chat]</em>.', 'Two cats.']);
  });
});
