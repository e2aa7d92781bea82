/**
 * The background's side of filter lists: subscribe (fetched at once), update on a schedule (`alarms`,
 * each list when its `! Expires:` says), switch on/off, remove. One change at a time, so the options
 * page, the alarm and a second click never overwrite each other's writes.
 */
import { browser } from '#imports';
import type { ListRequest, ListReply } from '../messaging/protocol';
import { isLoopbackUrl, originPattern } from '../settings/origins';
import { LIST_RULES_KEY, SUBSCRIPTIONS_KEY, readSubscriptions } from './store';
import { isDue, newSubscription, updateSubscription, type ListSubscription } from './subscription';

export const LISTS_ALARM = 'unshill-filter-lists';
/** How often due lists are looked for; each list's own expiry decides whether it is fetched. */
const CHECK_EVERY_MINUTES = 60;

let queue: Promise<unknown> = Promise.resolve();
function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

async function load(): Promise<{ subscriptions: ListSubscription[]; rules: Record<string, string[]> }> {
  const stored = await browser.storage.local.get([SUBSCRIPTIONS_KEY, LIST_RULES_KEY]);
  const rules = stored[LIST_RULES_KEY];
  return {
    subscriptions: readSubscriptions(stored[SUBSCRIPTIONS_KEY]),
    rules: typeof rules === 'object' && rules !== null ? { ...(rules as Record<string, string[]>) } : {},
  };
}

async function save(subscriptions: ListSubscription[], rules?: Record<string, string[]>): Promise<void> {
  const values: Record<string, unknown> = { [SUBSCRIPTIONS_KEY]: subscriptions };
  if (rules) values[LIST_RULES_KEY] = rules;
  await browser.storage.local.set(values);
}

/** Checks `url` before it is stored: http(s), and reachable without a prompt or with a granted permission. */
export async function checkListUrl(url: string): Promise<string | null> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'not a web address';
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    return 'the address must start with http(s)://';
  if (parsed.username || parsed.password) return 'the address must not contain a user name or password';
  if (isLoopbackUrl(url)) return null;
  const granted = await browser.permissions.contains({ origins: [originPattern(url)] }).catch(() => false);
  return granted ? null : `no permission to reach ${parsed.host}`;
}

/** Fetches the lists that are due (or the one named by `only`, due or not) and stores what they give. */
function updateLists(only?: string): Promise<void> {
  return serially(async () => {
    const { subscriptions, rules } = await load();
    const now = Date.now();
    let changed = false;
    for (const [index, subscription] of subscriptions.entries()) {
      if (only ? subscription.url !== only : !isDue(subscription, now)) continue;
      const result = await updateSubscription(subscription, now, (url, init) => fetch(url, init));
      subscriptions[index] = result.subscription;
      if (result.kind === 'updated') rules[subscription.url] = result.lines;
      changed = true;
    }
    if (changed) await save(subscriptions, rules);
  });
}

export async function handleListRequest(request: ListRequest): Promise<ListReply> {
  try {
    switch (request.type) {
      case 'lists:subscribe': {
        const problem = await checkListUrl(request.url);
        if (problem) return { ok: false, error: problem };
        await serially(async () => {
          const { subscriptions } = await load();
          if (!subscriptions.some((s) => s.url === request.url)) {
            await save([...subscriptions, newSubscription(request.url, Date.now())]);
          }
        });
        await updateLists(request.url);
        return { ok: true };
      }
      case 'lists:update':
        await updateLists(request.url);
        return { ok: true };
      case 'lists:enable':
        await serially(async () => {
          const { subscriptions } = await load();
          await save(
            subscriptions.map((s) => (s.url === request.url ? { ...s, enabled: request.enabled } : s)),
          );
        });
        return { ok: true };
      case 'lists:remove':
        await serially(async () => {
          const { subscriptions, rules } = await load();
          delete rules[request.url];
          await save(
            subscriptions.filter((s) => s.url !== request.url),
            rules,
          );
        });
        return { ok: true };
    }
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The schedule: one periodic alarm; each tick fetches only the lists whose time has come. */
export function startListUpdates(): void {
  if (!browser.alarms) return;
  void browser.alarms.get(LISTS_ALARM).then((existing) => {
    if (!existing)
      void browser.alarms.create(LISTS_ALARM, { delayInMinutes: 1, periodInMinutes: CHECK_EVERY_MINUTES });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === LISTS_ALARM)
      void updateLists().catch((error) => console.warn('Unshill: lists:', error));
  });
}
