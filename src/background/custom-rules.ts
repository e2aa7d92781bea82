/** Adds a rule to the reader's custom rules for the site of the tab that asked (picker, "Not a promotion"). */
import { appendRule, siteRuleLine } from '../clean/add-rule';
import { saveSetting, settingItems } from '../settings/settings';

let queue: Promise<unknown> = Promise.resolve();

export function addCustomRule(
  tabUrl: string | undefined,
  rule: string,
): Promise<{ ok: true; line: string } | { ok: false; error: string }> {
  let hostname = '';
  try {
    hostname = new URL(tabUrl ?? '').hostname;
  } catch {
    // No URL: reported below.
  }
  const checked = siteRuleLine(hostname, rule);
  if (!checked.ok) return Promise.resolve(checked);
  // One read-modify-write at a time: two quick clicks must both land.
  const run = queue.then(async () => {
    const current = (await settingItems.customRules.getValue()) ?? '';
    await saveSetting('customRules', appendRule(typeof current === 'string' ? current : '', checked.line));
    return { ok: true as const, line: checked.line };
  });
  queue = run.catch(() => undefined);
  return run;
}
