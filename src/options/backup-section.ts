/**
 * Back up and restore: export to a JSON file, import from one (rejected files change nothing). A file's
 * filter lists are subscribed again through the background, which fetches them from their own servers; a
 * list whose site this install has not allowed is named instead, for the reader to add under Filter lists.
 */
import { t } from '../i18n/i18n';
import type { ListBackup } from '../lists/backup';
import { checkListUrl } from '../lists/service';
import { sendToBackground } from '../messaging/send';
import { exportSettings, importSettings } from '../settings/settings';
import type { OptionsContext } from './context';
import { describe, el, section, uid } from './dom';
import { downloadText } from './platform';

/** Subscribes to a file's lists (keeping each one's on/off); returns the hosts that were not allowed. */
async function restoreLists(lists: readonly ListBackup[]): Promise<string[]> {
  const notAllowed: string[] = [];
  for (const { url, enabled } of lists) {
    // The background's own check (loopback, or a granted origin), asked here to name what it would refuse.
    if (await checkListUrl(url)) {
      notAllowed.push(new URL(url).host);
      continue;
    }
    const reply = await sendToBackground({ type: 'lists:subscribe', url }).catch(() => null);
    if (reply?.ok && !enabled) await sendToBackground({ type: 'lists:enable', url, enabled: false });
  }
  return [...new Set(notAllowed)];
}

export function renderBackupSection(ctx: OptionsContext, onImported: () => Promise<void>): HTMLElement {
  const { doc } = ctx;
  const exportButton = el(doc, 'button', { type: 'button' }, t('exportButton'));
  const exportHelp = describe(doc, exportButton, t('exportHelp'));
  exportButton.addEventListener('click', () => {
    void exportSettings().then((json) => {
      const date = new Date().toISOString().slice(0, 10);
      downloadText(doc, `unshill-settings-${date}.json`, json);
    });
  });

  const id = uid('import');
  const fileInput = el(doc, 'input', { type: 'file', id, accept: 'application/json,.json' });
  const message = describe(doc, fileInput, '', 'message');
  message.setAttribute('role', 'status');
  message.setAttribute('aria-live', 'polite');
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    void file
      .text()
      .then(importSettings)
      .then(async (result) => {
        fileInput.value = '';
        message.dataset.state = result.ok ? 'ok' : 'error';
        if (!result.ok) {
          message.textContent = t('importFailed', result.reason);
          return;
        }
        message.textContent = t('importDone');
        await onImported();
        const notAllowed = await restoreLists(result.lists);
        if (notAllowed.length > 0) message.textContent = t('importListsNotAdded', notAllowed.join(', '));
      });
  });

  return section(
    doc,
    t('sectionBackup'),
    el(doc, 'div', { class: 'field' }, exportButton, exportHelp),
    el(doc, 'div', { class: 'field' }, el(doc, 'label', { for: id }, t('importLabel')), fileInput, message),
  );
}
