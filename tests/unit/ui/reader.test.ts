import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExtractedArticle } from '../../../src/extract/article';
import { DEFAULT_READER, READER_LIMITS } from '../../../src/settings/defaults';
import { readableBlocks } from '../../../src/ui/listen-control';
import { mountReader } from '../../../src/ui/reader';
import { buildReaderArticle, formatDate } from '../../../src/ui/reader-article';
import { guardKeys, lockPage } from '../../../src/ui/reader-page';
import { nextPrefs } from '../../../src/ui/reader-toolbar';

function article(): ExtractedArticle {
  // Built node by node: test code follows the same no-unsanitized rule as the extension.
  const content = document.createDocumentFragment();
  const p = document.createElement('p');
  p.textContent = 'Bitcoin rose.';
  const li = document.createElement('li');
  const bold = document.createElement('b');
  bold.textContent = 'point';
  li.append('One ', bold);
  const ul = document.createElement('ul');
  ul.append(li);
  content.append(p, ul);
  return {
    title: 'Bitcoin rises',
    byline: 'Ann Writer',
    siteName: 'Example News',
    published: '2024-03-28T10:15:00Z',
    lang: 'fr',
    dir: 'ltr',
    excerpt: null,
    content,
    text: 'Bitcoin rose. One point',
    readingMinutes: 1,
  };
}

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '<button id="page-button">Page</button><p>Page text</p>';
  document.documentElement.removeAttribute('style');
});
afterEach(() => document.querySelector('unshill-reader')?.remove());

describe('buildReaderArticle', () => {
  it('lays out site, headline, meta, key points and a copy of the sanitized body', () => {
    const source = article();
    const parts = buildReaderArticle(document, source, ['First point'], 'fr');
    expect(parts.main.getAttribute('lang')).toBe('fr');
    expect(parts.title?.textContent).toBe('Bitcoin rises');
    expect(parts.main.querySelector('.byline')?.textContent).toBe('Ann Writer');
    expect(parts.main.querySelector('time')?.getAttribute('datetime')).toBe('2024-03-28T10:15:00Z');
    expect([...parts.pointsList!.children].map((li) => li.textContent)).toEqual(['First point']);
    expect(parts.body?.innerHTML).toBe('<p>Bitcoin rose.</p><ul><li>One <b>point</b></li></ul>');
    // A copy: the extraction keeps its nodes for a second opening.
    expect(source.content.childNodes.length).toBe(2);
  });

  it('says there is no article, as an alert, when extraction found none', () => {
    const parts = buildReaderArticle(document, null, [], 'en');
    expect(parts.main.getAttribute('role')).toBe('alert');
    expect([parts.title, parts.body, parts.pointsList]).toEqual([null, null, null]);
  });

  it('formats dates in the article language, keeps unparsable ones as written', () => {
    expect(formatDate('2024-03-28T10:15:00Z', 'fr')).toContain('2024');
    expect(formatDate('yesterday', 'en')).toBe('yesterday');
    expect(formatDate(null, 'en')).toBeNull();
  });
});

describe('nextPrefs', () => {
  it('applies a change within the settings bounds', () => {
    expect(nextPrefs(DEFAULT_READER, { fontSize: 500 }).fontSize).toBe(READER_LIMITS.fontSize.max);
    expect(nextPrefs(DEFAULT_READER, { lineWidth: 1 }).lineWidth).toBe(READER_LIMITS.lineWidth.min);
    expect(nextPrefs(DEFAULT_READER, { font: 'sans' })).toEqual({ ...DEFAULT_READER, font: 'sans' });
  });
});

describe('lockPage', () => {
  it('stops the page scrolling and makes it inert, then puts back exactly what was there', () => {
    const root = document.documentElement;
    const pageButton = document.getElementById('page-button') as HTMLButtonElement;
    pageButton.focus();
    const unlock = lockPage(document);
    expect(root.style.getPropertyValue('overflow')).toBe('hidden');
    expect(root.style.getPropertyPriority('overflow')).toBe('important');
    expect(document.body.inert).toBe(true);
    unlock();
    expect(root.hasAttribute('style')).toBe(false);
    expect(document.body.inert).toBe(false);
    expect(document.activeElement).toBe(pageButton);
  });

  it("keeps the page's own overflow value", () => {
    document.documentElement.style.setProperty('overflow', 'scroll');
    lockPage(document)();
    expect(document.documentElement.style.getPropertyValue('overflow')).toBe('scroll');
  });
});

describe('guardKeys', () => {
  it('Escape calls back, and no key reaches the page while guarded', () => {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    document.body.append(host);
    const page = vi.fn();
    const onEscape = vi.fn();
    // A page's synthetic Escape (untrusted, like every event jsdom makes) is not the reader's.
    const ignoring = guardKeys(document, shadow, onEscape);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onEscape).not.toHaveBeenCalled();
    ignoring();
    document.addEventListener('keydown', page);
    const release = guardKeys(document, shadow, onEscape, () => true);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
    expect(onEscape).toHaveBeenCalledTimes(1);
    expect(page).not.toHaveBeenCalled();
    release();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
    expect(page).toHaveBeenCalledTimes(1);
    document.removeEventListener('keydown', page);
  });
});

describe('readableBlocks', () => {
  it('reads leaves in order: the list items, not the list; nothing empty; nothing twice', () => {
    const body = document.createElement('div');
    body.innerHTML =
      '<p>One</p><ul><li>Two <p>inner</p></li><li> </li></ul><blockquote><p>Three</p></blockquote>';
    expect(readableBlocks([body]).map((el) => el.textContent)).toEqual(['One', 'Two inner', 'Three']);
  });
});

describe('mountReader', () => {
  it('opens over the page with a Listen control, and closing it restores the page', () => {
    const onClose = vi.fn();
    // Escape is the reader's key (guardKeys above; reader.spec.ts presses it in Chromium).
    const reader = mountReader(
      document,
      { article: article(), keyPoints: ['A'], prefs: DEFAULT_READER, onPrefsChange: () => {} },
      onClose,
    );
    const host = document.querySelector('unshill-reader')!;
    expect(host.shadowRoot?.querySelector('[data-testid="listen-toggle"]')?.textContent).toContain('Listen');
    expect(host.shadowRoot?.querySelector('article h1')?.textContent).toBe('Bitcoin rises');
    expect(document.body.inert).toBe(true);
    reader.close();
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(document.querySelector('unshill-reader')).toBeNull();
    expect(document.body.inert).toBe(false);
    expect(document.documentElement.hasAttribute('style')).toBe(false);
  });

  it('shows translated key points, and offers no Listen control without an article', () => {
    const reader = mountReader(
      document,
      { article: article(), keyPoints: ['Un point'], prefs: DEFAULT_READER, onPrefsChange: () => {} },
      () => {},
    );
    reader.setTranslation({ pressed: true, busy: false, status: null, keyPoints: ['A point'], lang: 'en' });
    expect(reader.host.shadowRoot?.querySelector('.key-points li')?.textContent).toBe('A point');
    reader.close();
    const empty = mountReader(
      document,
      { article: null, keyPoints: [], prefs: DEFAULT_READER, onPrefsChange: () => {} },
      () => {},
    );
    expect(empty.host.shadowRoot?.querySelector('[data-testid="listen"]')).toBeNull();
    empty.close();
  });
});
