/**
 * Settings schema versions. A stored set or an exported file carries its version; older ones are brought up
 * to SETTINGS_VERSION here, one step at a time, before validation.
 *
 * Version 1 (the first, pre-release layout) kept the reader typography in four flat sync keys.
 * Version 2 groups them in one `reader` object: one sync write per change instead of up to four, which keeps a
 * slider drag well under sync storage's write quota (MAX_WRITE_OPERATIONS_PER_MINUTE = 120).
 */

export const SETTINGS_VERSION = 2;

type Record_ = Record<string, unknown>;

/** Keys a version used that the current version no longer stores, to be removed after migrating. */
export const LEGACY_KEYS: readonly string[] = [
  'readerFontSize',
  'readerLineWidth',
  'readerFont',
  'readerTheme',
];

/** Step n turns a version n-1 record into a version n record. */
const STEPS: Readonly<Record<number, (old: Record_) => Record_>> = {
  2: (old) => {
    const { readerFontSize, readerLineWidth, readerFont, readerTheme, ...rest } = old;
    const reader: Record_ = {};
    if (readerFontSize !== undefined) reader.fontSize = readerFontSize;
    if (readerLineWidth !== undefined) reader.lineWidth = readerLineWidth;
    if (readerFont !== undefined) reader.font = readerFont;
    if (readerTheme !== undefined) reader.theme = readerTheme;
    return Object.keys(reader).length > 0 && rest.reader === undefined ? { ...rest, reader } : rest;
  },
};

/** Brings a record of version `from` to SETTINGS_VERSION. `from` must be 1..SETTINGS_VERSION. */
export function migrateRecord(record: Readonly<Record_>, from: number): Record_ {
  let current: Record_ = { ...record };
  for (let version = from + 1; version <= SETTINGS_VERSION; version++) {
    const step = STEPS[version];
    if (step) current = step(current);
  }
  return current;
}
