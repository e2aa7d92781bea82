/** The reader keeps what stands between the headline and the body, and drops sign-up boxes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/article';
import { signupBoxes } from '../../../src/extract/signup-boxes';
import { blocksAfterHeadline, pickStandfirst } from '../../../src/extract/standfirst';

const DIR = join(import.meta.dirname, '../../fixtures/article-shapes');

function load(name: string): Document {
  return new JSDOM(readFileSync(join(DIR, `${name}.html`), 'utf8'), {
    url: 'https://news.example.org/2022/05/03/story',
  }).window.document;
}

describe('standfirst in the reader view', () => {
  it('keeps a subheadline set between the headline and the body, once, before the body', () => {
    const { text } = extractArticle(load('standfirst-subheadline'))!;
    expectOnceBefore(text, 'El periodista sostuvo que eso supondría', 'El periodista ruso laureado');
  });

  it('keeps an intro paragraph, passing over a repeated title, a script and a date', () => {
    const { text } = extractArticle(load('standfirst-intro'))!;
    expectOnceBefore(text, 'Schwere Schlappe für Boris Johnson', 'Das britische Parlament hat');
    expect(text).not.toContain('GujAd');
  });

  it('takes no image caption or side line for a standfirst', () => {
    expect(
      pickStandfirst(['A caption under a picture of the minister at the summit'], 'body text'),
    ).toBeNull();
    expect(
      pickStandfirst(
        ['The standfirst line of this article, in a block of its own.', 'The first body paragraph.'],
        'the first body paragraph. and more',
      ),
    ).toBe('The standfirst line of this article, in a block of its own.');
  });

  it('lists the blocks after the headline in page order, without the headline repeated', () => {
    const blocks = blocksAfterHeadline(load('standfirst-intro'));
    expect(blocks[0]).toMatch(/^Schwere Schlappe/);
    expect(blocks.some((b) => b.includes('Tag der Abstimmung'))).toBe(false);
  });
});

function expectOnceBefore(text: string, standfirst: string, bodyStart: string): void {
  expect(text.split(standfirst)).toHaveLength(2);
  expect(text.indexOf(standfirst)).toBeLessThan(text.indexOf(bodyStart));
}

describe('pickStandfirst on a body that left the standfirst out', () => {
  it('puts the first block back when the body follows it', () => {
    const blocks = blocksAfterHeadline(load('standfirst-subheadline'));
    const body =
      'El periodista ruso laureado con el último premio Nobel de la Paz, Dmitry Muratov, advirtió este martes que el régimen de Vladimir Putin podría utilizar armas nucleares en la guerra en Ucrania.';
    expect(pickStandfirst(blocks, body)).toMatch(/^El periodista sostuvo que eso supondría/);
    expect(pickStandfirst(blocks, `${blocks[0]} ${body}`)).toBeNull();
  });
});

describe('sign-up boxes', () => {
  it('finds the newsletter box around an e-mail form, not the body around it', () => {
    const doc = load('newsletter-box');
    const boxes = signupBoxes(doc);
    expect(boxes).toHaveLength(1);
    expect(boxes[0]!.classList.contains('post-content')).toBe(false);
    expect(boxes[0]!.textContent).toContain('Daily Debrief Newsletter');
  });

  it('leaves the box out of the reader view and keeps the body', () => {
    const article = extractArticle(load('newsletter-box'))!;
    expect(article.text).not.toContain('Start every day with the top news stories');
    expect(article.text).toContain('Matthew Sigel, head of digital assets research at VanEck');
  });
});
