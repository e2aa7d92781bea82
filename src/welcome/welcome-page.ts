/**
 * The welcome page (welcome.html), opened once on install: what Unshill does, what it never does, each
 * permission and why, a live example, and the sites it cleans up.
 *
 * The live example runs the extension's own code on the bundled sample article (assets/demo/), parsed
 * here and never displayed as a page: Readability + sanitizer (src/extract), key points
 * (src/content/key-points), the real panel (src/ui/panel) and the real reader view (src/ui/reader).
 * Why this and not a link to the demo page: content scripts never run on extension pages, and the demo's
 * catalogue address (www.bitget.com) does not exist on the web, so a link would show either nothing or a
 * 404. Built here, the reader sees the panel and the reader view work offline, with nothing fetched.
 */
import demoEn from '../../assets/demo/news-demo.html?raw';
import demoFr from '../../assets/demo/news-demo.fr.html?raw';
import { browser } from 'wxt/browser';
import { findPromotions } from '../clean/heuristics';
import { computeKeyPoints } from '../content/key-points';
import { summarize } from '../summarize/summarize';
import { findArticleRoot } from '../detect/article-root';
import { extractArticle, type ExtractedArticle } from '../extract/article';
import { t, uiLanguage, type MessageKey } from '../i18n/i18n';
import { DEFAULT_READER, loadSettings } from '../settings/settings';
import { SITES } from '../sites';
import type { Site } from '../sites/types';
import { h } from '../ui/dom';
import { createPanel, type MountedPanel, type PanelModel } from '../ui/panel';
import { mountReader, type MountedReader, type ReaderPrefs } from '../ui/reader';
import { collapseWhitespace } from '../util/text';

/** Where the sample article "lives": its links resolve against it; nothing is ever fetched from it. */
const SAMPLE_URL = {
  en: 'https://www.bitget.com/news/detail/unshill-demo',
  fr: 'https://www.bitget.com/fr/news/detail/unshill-demo',
};

const PERMISSIONS: readonly (readonly [MessageKey, MessageKey])[] = [
  ['welcomePermSites', 'welcomePermSitesWhy'],
  ['welcomePermActiveTab', 'welcomePermActiveTabWhy'],
  ['welcomePermStorage', 'welcomePermStorageWhy'],
  ['welcomePermMenus', 'welcomePermMenusWhy'],
  ['welcomePermLocal', 'welcomePermLocalWhy'],
  ['welcomePermOptional', 'welcomePermOptionalWhy'],
];

export interface Sample {
  doc: Document;
  article: ExtractedArticle | null;
  keyPoints: string[];
  source: PanelModel['source'];
  /** Text of each promotion the heuristics found on the sample page (what the panel would hide). */
  promotions: string[];
}

/** Runs the extension's extraction and key points on the bundled sample page of the reader's language. */
export function loadSample(language: string): Sample {
  const fr = language.toLowerCase().startsWith('fr');
  const doc = new DOMParser().parseFromString(fr ? demoFr : demoEn, 'text/html');
  // Relative links of the sample resolve to its own site, not to this extension page.
  doc.head.prepend(h(doc, 'base', { href: fr ? SAMPLE_URL.fr : SAMPLE_URL.en }));
  const root = findArticleRoot(doc);
  const promotions = findPromotions(doc, root)
    .map(({ element }) => collapseWhitespace(element.textContent))
    .filter((text) => text.length > 0)
    .map((text) => (text.length > 90 ? `${text.slice(0, 89)}…` : text));
  const article = extractArticle(doc, { ownerDocument: document });
  const points = computeKeyPoints(doc, root, article, summarize);
  return { doc, article, keyPoints: points.points, source: points.source, promotions };
}

/** A site's address for a link: its first match pattern without wildcards. */
export function siteHome(site: Site): string | null {
  const pattern = site.matches[0];
  const match = pattern && /^https:\/\/(\*\.)?([^/*]+)(\/[^*]*)?/.exec(pattern);
  return match ? `https://${match[2]}${match[3] ?? '/'}` : null;
}

export async function renderWelcomePage(root: HTMLElement): Promise<void> {
  const doc = root.ownerDocument;
  const language = uiLanguage();
  doc.documentElement.lang = language;
  doc.title = t('welcomeTitle');

  const list = (keys: MessageKey[]): HTMLElement =>
    h(doc, 'ul', {}, ...keys.map((key) => h(doc, 'li', {}, t(key))));
  const section = (id: string, heading: MessageKey, ...children: (Node | null)[]): HTMLElement =>
    h(doc, 'section', { 'aria-labelledby': id }, h(doc, 'h2', { id }, t(heading)), ...children);

  const settingsButton = h(doc, 'button', { type: 'button', class: 'secondary' }, t('welcomeOpenSettings'));
  settingsButton.addEventListener('click', () => void browser.runtime.openOptionsPage());

  const permissions = h(doc, 'dl', { class: 'permissions' });
  for (const [what, why] of PERMISSIONS)
    permissions.append(h(doc, 'dt', {}, t(what)), h(doc, 'dd', {}, t(why)));

  const sites = h(doc, 'ul', { class: 'sites' });
  for (const site of SITES) {
    const home = siteHome(site);
    sites.append(
      h(
        doc,
        'li',
        {},
        home
          ? h(doc, 'a', { href: home, target: '_blank', rel: 'noopener noreferrer' }, site.name)
          : site.name,
      ),
    );
  }

  const example = h(doc, 'div', { class: 'example', 'data-testid': 'welcome-example' });

  root.replaceChildren(
    h(
      doc,
      'header',
      {},
      h(doc, 'img', { src: browser.runtime.getURL('/icon/128.png'), alt: '', width: '56', height: '56' }),
      h(
        doc,
        'div',
        {},
        h(doc, 'h1', {}, t('welcomeTitle')),
        h(doc, 'p', { class: 'lead' }, t('welcomeIntro')),
      ),
    ),
    section(
      'welcome-does',
      'welcomeDoesHeading',
      list(['welcomeDoesClean', 'welcomeDoesKeyPoints', 'welcomeDoesTranslate', 'welcomeDoesReader']),
    ),
    section(
      'welcome-never',
      'welcomeNeverHeading',
      list(['welcomeNeverAnalytics', 'welcomeNeverSend', 'welcomeNeverRemote']),
    ),
    section('welcome-try', 'welcomeTryHeading', h(doc, 'p', {}, t('welcomeTryIntro')), example),
    section('welcome-permissions', 'welcomePermissionsHeading', permissions),
    section('welcome-sites', 'welcomeSitesHeading', h(doc, 'p', {}, t('welcomeSitesIntro')), sites),
    h(doc, 'footer', {}, settingsButton),
  );

  const prefs = await readerPrefs();
  renderExample(example, language, prefs);
}

async function readerPrefs(): Promise<ReaderPrefs> {
  try {
    return { ...(await loadSettings()).settings.reader };
  } catch {
    return { ...DEFAULT_READER };
  }
}

/** The live example: the real panel for the sample article, and the real reader view over this page. */
function renderExample(container: HTMLElement, language: string, prefs: ReaderPrefs): void {
  const doc = container.ownerDocument;
  let sample: Sample;
  try {
    sample = loadSample(language);
  } catch (error) {
    console.warn('Unshill: the sample article could not be prepared:', error);
    container.replaceChildren(h(doc, 'p', { class: 'error', role: 'alert' }, t('welcomeSampleError')));
    return;
  }

  let reader: MountedReader | null = null;
  const openReader = (): void => {
    if (reader) return;
    reader = mountReader(
      doc,
      {
        article: sample.article,
        keyPoints: sample.keyPoints,
        prefs,
        onPrefsChange: (next) => Object.assign(prefs, next),
      },
      () => {
        reader = null;
      },
    );
  };

  const hiddenList = h(doc, 'ul', { class: 'hidden-list', 'data-testid': 'welcome-hidden-list' });
  for (const text of sample.promotions) hiddenList.append(h(doc, 'li', {}, text));
  const hidden = h(
    doc,
    'div',
    { class: 'hidden-box', id: 'welcome-hidden' },
    h(doc, 'p', {}, t('welcomeHiddenHeading')),
    hiddenList,
  );
  hidden.hidden = true;

  const model: PanelModel = {
    keyPoints: sample.keyPoints,
    source: sample.source,
    readingMinutes: sample.article?.readingMinutes ?? null,
    hiddenCount: sample.promotions.length,
    revealed: false,
    collapsed: false,
    translation: null,
    status: null,
    disclosures: [],
    lang: sample.article?.lang ?? null,
    siteEnabled: null,
    // The welcome page shows the panel as on a wide page, whatever the window.
    compact: false,
    compactOpen: false,
    pointsInBox: false,
  };
  let panel: MountedPanel | null = null;
  const render = (): void => {
    hidden.hidden = !model.revealed;
    panel?.update(model);
  };
  panel = createPanel(doc, {
    onReveal: () => {
      model.revealed = !model.revealed;
      render();
    },
    onCollapse: () => {
      model.collapsed = !model.collapsed;
      render();
    },
    // Not offered on the sample (translation: null, siteEnabled: null).
    onTranslate: () => undefined,
    onToggleSite: () => undefined,
    onCompactToggle: () => undefined,
    onOpenReader: openReader,
    // On a real page a key point scrolls to its sentence; the sample's text is in the reader view.
    onKeyPoint: openReader,
  });
  render();

  const tryReader = h(
    doc,
    'button',
    { type: 'button', 'data-testid': 'welcome-open-reader' },
    t('welcomeTryReader'),
  );
  tryReader.addEventListener('click', openReader);
  const title = sample.article?.title;
  container.replaceChildren(
    ...(title
      ? [
          h(
            doc,
            'p',
            { class: 'sample-title' },
            h(doc, 'span', { class: 'label' }, t('welcomeSampleLabel')),
            ' ',
            title,
          ),
        ]
      : []),
    panel.host,
    hidden,
    h(doc, 'p', {}, tryReader),
  );
}
