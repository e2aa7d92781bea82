/**
 * Where subscriptions live: `local:filterLists` (the subscriptions and their status, for the options page)
 * and `local:filterListRules` (each list's cosmetic lines by address, read by the document_start script).
 * Only the background writes them (src/lists/service.ts), one change at a time.
 */
import type { ListSubscription } from './subscription';

/** Keys in `storage.local`, without WXT's area prefix: early.ts reads them with the bare storage API. */
export const SUBSCRIPTIONS_KEY = 'filterLists';
export const LIST_RULES_KEY = 'filterListRules';

/** The enabled lists' rules, each with the name "why hidden" shows. */
export interface ListRules {
  name: string;
  lines: string[];
}

/** What a list is called in the UI: its title, else its address. */
export function listName(subscription: Pick<ListSubscription, 'title' | 'url'>): string {
  return subscription.title || subscription.url;
}

function isSubscription(value: unknown): value is ListSubscription {
  const s = value as ListSubscription;
  return typeof s === 'object' && s !== null && typeof s.url === 'string' && typeof s.enabled === 'boolean';
}

/** Damaged storage reads as no subscriptions rather than breaking pages. */
export function readSubscriptions(stored: unknown): ListSubscription[] {
  return Array.isArray(stored) ? stored.filter(isSubscription) : [];
}

/** The rules of the enabled lists, from the two stored values (both may be missing or damaged). */
export function enabledListRules(subscriptions: unknown, rules: unknown): ListRules[] {
  const byUrl = typeof rules === 'object' && rules !== null ? (rules as Record<string, unknown>) : {};
  const result: ListRules[] = [];
  for (const subscription of readSubscriptions(subscriptions)) {
    const lines = byUrl[subscription.url];
    if (!subscription.enabled || !Array.isArray(lines)) continue;
    result.push({
      name: listName(subscription),
      lines: lines.filter((l): l is string => typeof l === 'string'),
    });
  }
  return result;
}
