import { describe, expect, it } from 'vitest';
import { MAX_BACKUP_LISTS, checkBackupLists, listsForBackup } from '../../../src/lists/backup';
import { newSubscription } from '../../../src/lists/subscription';

describe('filter lists in a settings file', () => {
  it('exports each subscription as its address and on/off state only', () => {
    const easy = {
      ...newSubscription('https://lists.example.org/easy.txt', 0),
      title: 'Easy',
      ruleCount: 900,
    };
    const off = { ...newSubscription('http://localhost:8080/mine.txt', 0), enabled: false };
    expect(listsForBackup([easy, off])).toEqual([
      { url: 'https://lists.example.org/easy.txt', enabled: true },
      { url: 'http://localhost:8080/mine.txt', enabled: false },
    ]);
  });

  it('exports nothing from damaged storage', () => {
    expect(listsForBackup('filterLists')).toEqual([]);
    expect(listsForBackup([{ url: 3 }, null])).toEqual([]);
  });

  it('reads a file without lists (written before lists existed) as none', () => {
    expect(checkBackupLists(undefined)).toEqual({ ok: true, lists: [] });
  });

  it('keeps only address and state, and drops repeated addresses', () => {
    const checked = checkBackupLists([
      { url: 'https://lists.example.org/a.txt', enabled: true, rules: ['##*{color:red}'] },
      { url: 'https://lists.example.org/a.txt', enabled: false },
    ]);
    expect(checked).toEqual({ ok: true, lists: [{ url: 'https://lists.example.org/a.txt', enabled: true }] });
  });

  it.each([
    ['a list that is not an array', { url: 'https://a.example/x.txt' }, 0],
    ['a script address', [{ url: 'javascript:alert(1)', enabled: true }], 1],
    [
      'a file address',
      [
        { url: 'https://ok.example/a.txt', enabled: true },
        { url: 'file:///x', enabled: true },
      ],
      2,
    ],
    ['an address with a password', [{ url: 'https://u:p@lists.example.org/a.txt', enabled: true }], 1],
    ['a missing state', [{ url: 'https://lists.example.org/a.txt' }], 1],
    ['not an address', [{ url: 'lists', enabled: true }], 1],
  ])('refuses %s, naming the entry', (_name, value, entry) => {
    expect(checkBackupLists(value)).toEqual({ ok: false, entry });
  });

  it('refuses more lists than anyone subscribes to', () => {
    const many = Array.from({ length: MAX_BACKUP_LISTS + 1 }, (_, i) => ({
      url: `https://lists.example.org/${i}.txt`,
      enabled: true,
    }));
    expect(checkBackupLists(many)).toEqual({ ok: false, entry: 0 });
  });
});
