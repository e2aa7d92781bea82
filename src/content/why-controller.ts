/**
 * Wires "why hidden" to the page: in "Show hidden" mode each revealed element is explained (rule and
 * source, or the heuristic), and "Not a promotion" writes a `site#@#selector` exception to the custom
 * rules and shows the element from now on (the heuristics honour the exception as well).
 */
import { HIDDEN_ATTR } from '../clean/hide';
import { compileSources, explainHidden, type RuleSource } from '../clean/why-hidden';
import type { AddCustomRuleRequest, ReplyTo } from '../messaging/protocol';
import { buildSelector, matchesOf } from '../picker/selector';
import { mountWhyLabels, type WhyEntry, type WhyLabels } from '../ui/why-labels';
import type { ArticleContext } from './api';
import { DEFAULT_PAGE_SETTINGS } from '../settings/page-settings';
import { isOwn } from '../world/own-nodes';
import { world } from '../world/world';
import { extensionApi } from './ext';

/** The marked elements that are not inside another marked one: what "N promotions hidden" counts. */
function outermostHidden(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll(`[${HIDDEN_ATTR}]`)).filter(
    (el) => !el.parentElement?.closest(`[${HIDDEN_ATTR}]`) && !isOwn(el),
  );
}

async function ruleSources(ctx: ArticleContext): Promise<RuleSource[]> {
  const settings = (await world().early?.settings) ?? DEFAULT_PAGE_SETTINGS;
  return [
    { source: { kind: 'site', name: ctx.site.name }, lines: ctx.site.rules },
    ...settings.lists.map((list) => ({
      source: { kind: 'list' as const, name: list.name },
      lines: list.lines,
    })),
    { source: { kind: 'custom' }, lines: settings.customRules.split('\n') },
  ];
}

export function createWhyController(
  ctx: ArticleContext,
  onChange: () => void,
): { show(): Promise<void>; hide(): void } {
  const doc = document;
  let labels: WhyLabels | null = null;

  const notPromotion = async (entry: WhyEntry): Promise<boolean> => {
    const selector = entry.explanation.selector ?? buildSelector(entry.element, doc);
    if (!selector) return false;
    const request: AddCustomRuleRequest = { type: 'rules:add', rule: `#@#${selector}` };
    const reply = (await extensionApi()
      ?.runtime.sendMessage(request)
      .catch(() => undefined)) as ReplyTo<AddCustomRuleRequest> | undefined;
    if (!reply?.ok) return false;
    // From now on: the sheet no longer carries the rule, and what it (or the heuristic) hid is unmarked.
    if (entry.explanation.selector)
      ctx.hide.setSelectors(ctx.hide.selectors.filter((s) => s !== entry.explanation.selector));
    ctx.hide.unmark([entry.element, ...(matchesOf(doc, selector) ?? [])]);
    labels?.remove([entry]);
    onChange();
    return true;
  };

  return {
    async show() {
      labels?.remove();
      const sources = compileSources(await ruleSources(ctx), location.hostname);
      const entries = outermostHidden(doc).map((element) => ({
        element,
        explanation: explainHidden(element, element.getAttribute(HIDDEN_ATTR), sources),
      }));
      labels = mountWhyLabels(doc, entries, notPromotion);
      world().why = labels;
    },
    hide() {
      labels?.remove();
      labels = null;
      world().why = undefined;
    },
  };
}
