/**
 * The options page: renders every section from the stored settings and saves each change as it happens.
 *
 *   loadSettings({ repair }) ─► notice if stored values were damaged (and reset)
 *                            ─► sections (cleanup, summary, translation, reader, backup) ─► ctx.save ─► "Saved"
 *   watchSettings            ─► ctx.applyAll: controls follow changes made elsewhere (panel, import)
 */
import { t, uiLanguage } from '../i18n/i18n';
import { loadSettings, watchSettings } from '../settings/settings';
import { SITES } from '../sites';
import type { Site } from '../sites/types';
import { renderBackupSection } from './backup-section';
import { renderCleanupSection } from './cleanup-section';
import { createContext, createSaveStatus } from './context';
import { el } from './dom';
import { renderListsSection } from './lists-section';
import { renderReaderSection } from './reader-section';
import { renderSummarySection } from './summary-section';
import { renderTranslationSection } from './translation-section';

export interface OptionsPageOptions {
  sites?: readonly Site[];
  /** The browser UI language (for language names); defaults to the i18n API's. */
  uiLanguage?: string;
}

/** Builds the page into `root`; resolves once rendered, with a function that stops watching storage. */
export async function renderOptionsPage(
  root: HTMLElement,
  options: OptionsPageOptions = {},
): Promise<() => void> {
  const doc = root.ownerDocument;
  const language = options.uiLanguage ?? uiLanguage();
  doc.documentElement.lang = language;
  doc.title = t('optionsTitle');

  const { settings, problems } = await loadSettings({ repair: true });
  const status = createSaveStatus(doc);
  const ctx = createContext(doc, settings, status);

  const header = el(doc, 'header', {}, el(doc, 'h1', {}, t('optionsTitle')), status.element);
  const notice = problems.length > 0 ? renderResetNotice(doc, problems) : null;

  root.replaceChildren(
    header,
    ...(notice ? [notice] : []),
    renderCleanupSection(ctx, options.sites ?? SITES),
    renderListsSection(ctx, language),
    renderSummarySection(ctx),
    renderTranslationSection(ctx, language),
    renderReaderSection(ctx),
    renderBackupSection(ctx, async () => ctx.applyAll((await loadSettings()).settings)),
  );
  return watchSettings((next) => ctx.applyAll(next));
}

function renderResetNotice(doc: Document, problems: string[]): HTMLElement {
  const list = el(doc, 'ul', {});
  for (const problem of problems) list.append(el(doc, 'li', {}, problem));
  const notice = el(
    doc,
    'div',
    { class: 'notice', role: 'alert' },
    el(doc, 'p', {}, t('optionsResetNotice')),
    list,
  );
  notice.dataset.testid = 'settings-reset-notice';
  return notice;
}
