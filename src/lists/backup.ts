/**
 * Filter-list subscriptions in a settings file: their addresses and on/off state, never their rules (a list
 * is fetched again from its own server, so a file cannot bring in rules the list does not publish).
 */
import { readSubscriptions } from './store';

export interface ListBackup {
  url: string;
  enabled: boolean;
}

/** More than anyone subscribes to; a file with more is not one this extension wrote. */
export const MAX_BACKUP_LISTS = 100;

/** What an export writes, from the stored subscriptions (damaged storage exports none). */
export function listsForBackup(stored: unknown): ListBackup[] {
  return readSubscriptions(stored).map(({ url, enabled }) => ({ url, enabled }));
}

export type BackupListsCheck = { ok: true; lists: ListBackup[] } | { ok: false; entry: number };

function isListBackup(value: unknown): value is ListBackup {
  if (typeof value !== 'object' || value === null) return false;
  const { url, enabled } = value as Partial<ListBackup>;
  if (typeof url !== 'string' || typeof enabled !== 'boolean') return false;
  try {
    const parsed = new URL(url);
    return (
      (parsed.protocol === 'https:' || parsed.protocol === 'http:') && !parsed.username && !parsed.password
    );
  } catch {
    return false;
  }
}

/**
 * The `lists` part of a settings file: absent is none; otherwise an array of `{ url, enabled }` with web
 * addresses. A bad entry rejects the whole file (reported by its 1-based position), like a bad setting does.
 */
export function checkBackupLists(value: unknown): BackupListsCheck {
  if (value === undefined) return { ok: true, lists: [] };
  if (!Array.isArray(value) || value.length > MAX_BACKUP_LISTS) return { ok: false, entry: 0 };
  const bad = value.findIndex((entry) => !isListBackup(entry));
  if (bad >= 0) return { ok: false, entry: bad + 1 };
  const seen = new Set<string>();
  const lists = (value as ListBackup[]).filter(({ url }) => !seen.has(url) && seen.add(url));
  return { ok: true, lists: lists.map(({ url, enabled }) => ({ url, enabled })) };
}
