import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES = join(import.meta.dirname, '../../../public/_locales');

describe('manifest strings', () => {
  it.each(readdirSync(LOCALES))(
    '%s: name ≤ 45 and description ≤ 132 characters (Chrome Web Store limits)',
    (locale) => {
      const messages = JSON.parse(readFileSync(join(LOCALES, locale, 'messages.json'), 'utf8'));
      expect(messages.extName.message.length).toBeLessThanOrEqual(45);
      expect(messages.extDescription.message.length).toBeLessThanOrEqual(132);
    },
  );
});
