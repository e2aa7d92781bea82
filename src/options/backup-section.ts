/** Back up and restore: export to a JSON file, import from one (rejected files change nothing). */
import { t } from '../i18n/i18n';
import { exportSettings, importSettings } from '../settings/settings';
import type { OptionsContext } from './context';
import { describe, el, section, uid } from './dom';
import { downloadText } from './platform';

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
        message.textContent = result.ok ? t('importDone') : t('importFailed', result.reason);
        if (result.ok) await onImported();
      });
  });

  return section(
    doc,
    t('sectionBackup'),
    el(doc, 'div', { class: 'field' }, exportButton, exportHelp),
    el(doc, 'div', { class: 'field' }, el(doc, 'label', { for: id }, t('importLabel')), fileInput, message),
  );
}
