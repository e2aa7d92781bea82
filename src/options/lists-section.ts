/**
 * Filter lists: subscribe by address, then per list its status (updated when, how many rules, network rules
 * ignored, bad lines with their numbers, a failed update that keeps the last good copy), on/off, update now,
 * remove. The background does the fetching and writing; this page sends requests and shows what is stored.
 */
import { browser } from 'wxt/browser';
import { t } from '../i18n/i18n';
import { SUBSCRIPTIONS_KEY, listName, readSubscriptions } from '../lists/store';
import type { ListSubscription } from '../lists/subscription';
import type { ListRequest } from '../messaging/protocol';
import { isLoopbackUrl, originPattern } from '../settings/origins';
import type { OptionsContext } from './context';
import { addressForm, el, section, uid } from './dom';
import { sendToBackground } from '../messaging/send';
import { requestOrigins } from './platform';

function formatTime(time: number | null, language: string): string {
  if (time === null) return '';
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
}

/** The status line of one subscription, in the reader's language. */
export function listStatus(subscription: ListSubscription, language: string): string {
  const updated = formatTime(subscription.updatedAt, language);
  if (subscription.failure) {
    return subscription.updatedAt === null
      ? t('listFailedNoCopy', subscription.failure)
      : t('listFailedKept', [subscription.failure, updated]);
  }
  if (subscription.updatedAt === null) return t('listPending');
  return t('listUpdated', [
    updated,
    String(subscription.ruleCount),
    String(subscription.networkCount),
    formatTime(subscription.checkedAt, language),
  ]);
}

function normalizeListUrl(input: string): string | null {
  const text = input.trim();
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

export function renderListsSection(ctx: OptionsContext, language: string): HTMLElement {
  const { doc } = ctx;
  const { form, input, help, message } = addressForm(doc, {
    label: t('listAddress'),
    button: t('listSubscribe'),
    help: t('listsHelp'),
    placeholder: 'https://example.com/filters.txt',
  });
  const list = el(doc, 'ul', { class: 'filter-lists', 'data-testid': 'filter-lists' });

  const send = async (request: ListRequest): Promise<void> => {
    const reply = await sendToBackground(request).catch((error: unknown) => ({
      ok: false as const,
      error: String(error),
    }));
    message.textContent = reply.ok ? '' : t('listRequestFailed', reply.error);
  };

  const renderItem = (subscription: ListSubscription): HTMLElement => {
    const name = listName(subscription);
    const toggleId = uid('list-on');
    const toggle = el(doc, 'input', { type: 'checkbox', role: 'switch', id: toggleId });
    toggle.checked = subscription.enabled;
    toggle.addEventListener('change', () => {
      void send({ type: 'lists:enable', url: subscription.url, enabled: toggle.checked });
    });
    const update = el(doc, 'button', { type: 'button', class: 'secondary' }, t('listUpdateNow'));
    update.setAttribute('aria-label', t('listUpdateNamed', name));
    update.addEventListener('click', () => {
      update.disabled = true;
      void send({ type: 'lists:update', url: subscription.url }).finally(() => (update.disabled = false));
    });
    const remove = el(doc, 'button', { type: 'button', class: 'secondary' }, t('listRemove'));
    remove.setAttribute('aria-label', t('listRemoveNamed', name));
    remove.addEventListener('click', () => void send({ type: 'lists:remove', url: subscription.url }));
    const status = el(
      doc,
      'p',
      { class: 'list-status', 'data-testid': 'list-status' },
      listStatus(subscription, language),
    );
    if (subscription.failure) status.dataset.state = 'error';
    const item = el(
      doc,
      'li',
      { 'data-url': subscription.url },
      el(doc, 'div', { class: 'check' }, toggle, el(doc, 'label', { for: toggleId }, name)),
      subscription.title ? el(doc, 'p', { class: 'help list-url' }, subscription.url) : null,
      status,
      el(doc, 'div', { class: 'row' }, update, remove),
    );
    if (subscription.errorCount > 0) {
      const lines = el(doc, 'ul', { class: 'errors', 'data-testid': 'list-errors' });
      for (const error of subscription.errors)
        lines.append(el(doc, 'li', {}, t('customRulesLine', [String(error.line), error.reason, error.text])));
      item.append(
        el(doc, 'p', { class: 'error-heading' }, t('listBadLines', String(subscription.errorCount))),
        lines,
      );
    }
    return item;
  };

  const render = (stored: unknown): void => {
    const subscriptions = readSubscriptions(stored);
    // Keep focus on a control that is re-rendered: find it again by list and role after the update.
    const focused = doc.activeElement?.closest('li[data-url]')?.getAttribute('data-url');
    list.replaceChildren(...subscriptions.map(renderItem));
    if (subscriptions.length === 0) list.append(el(doc, 'li', { class: 'empty' }, t('listsEmpty')));
    if (focused) list.querySelector<HTMLElement>(`li[data-url="${CSS.escape(focused)}"] button`)?.focus();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = normalizeListUrl(input.value);
    if (!url) {
      message.textContent = t('listInvalid', input.value.trim());
      input.setAttribute('aria-invalid', 'true');
      return;
    }
    input.removeAttribute('aria-invalid');
    message.textContent = '';
    // Before any await: a permission prompt needs the click being handled. Loopback needs none.
    const granted = isLoopbackUrl(url) ? Promise.resolve(true) : requestOrigins([originPattern(url)]);
    void granted.then(async (ok) => {
      if (!ok) {
        message.textContent = t('listDenied', new URL(url).host);
        return;
      }
      input.value = '';
      await send({ type: 'lists:subscribe', url });
    });
  });

  void browser.storage.local.get(SUBSCRIPTIONS_KEY).then((stored) => render(stored[SUBSCRIPTIONS_KEY]));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes[SUBSCRIPTIONS_KEY]) render(changes[SUBSCRIPTIONS_KEY].newValue);
  });
  return section(doc, t('listsHeading'), help, form, message, list);
}
