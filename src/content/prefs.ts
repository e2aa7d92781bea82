import type { ReaderPrefs } from '../ui/reader';
import { DEFAULT_READER } from '../settings/defaults';

// Replaced by the settings module's items once they land.
export const readerPrefs = {
  async load(): Promise<ReaderPrefs> {
    return { ...DEFAULT_READER };
  },
  async save(_prefs: ReaderPrefs): Promise<void> {},
};
