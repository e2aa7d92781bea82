/** The store listing texts (assets/store): every locale has the three sections, within the stores' limits. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = 'assets/store';
const LOCALES = ['en', 'fr', 'es', 'de', 'ru', 'zh_CN'];
/** Chrome Web Store summary; Firefox Add-ons allows 250. */
const SHORT_MAX = 132;

function sections(locale: string): Record<string, string> {
  const text = readFileSync(join(DIR, `${locale}.md`), 'utf8');
  const out: Record<string, string> = {};
  for (const part of text.split(/^## /m).slice(1)) {
    const [heading = '', ...body] = part.split('\n');
    out[heading.trim()] = body.join('\n').trim();
  }
  return out;
}

describe.each(LOCALES)('store listing %s', (locale) => {
  const s = sections(locale);
  it('has a name, a short and a long description', () => {
    expect(Object.keys(s)).toEqual(['Name', 'Short description', 'Long description']);
    expect(s['Name']).toBe('Unshill');
  });
  it(`short description is one line of at most ${SHORT_MAX} characters`, () => {
    const short = s['Short description'] ?? '';
    expect(short).not.toContain('\n');
    expect(short.length).toBeGreaterThan(40);
    expect([...short].length).toBeLessThanOrEqual(SHORT_MAX);
  });
  it('long description lists the permissions and points to the privacy policy', () => {
    const long = s['Long description'] ?? '';
    for (const permission of ['activeTab', 'scripting', 'storage', 'contextMenus', 'localhost']) {
      expect(long).toContain(permission);
    }
    expect(long).toContain('PRIVACY.md');
    // Plain text for the stores: no Markdown headings or links inside.
    expect(long).not.toMatch(/^#|\]\(/m);
  });
});
