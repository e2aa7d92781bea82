/** Translation: target language, service, self-hosted server (with its permission), display, and a test. */
import { t } from '../i18n/i18n';
import type { TestConnectionRequest } from '../messaging/protocol';
import {
  TRANSLATION_DISPLAYS,
  TRANSLATION_SERVICES,
  type TranslationDisplay,
  type TranslationService,
} from '../settings/defaults';
import { isLoopbackUrl, normalizeServerUrl, originPattern } from '../settings/origins';
import { debounce, isEditing, type OptionsContext } from './context';
import { describe, el, radioGroup, section, selectField, uid } from './dom';
import { targetLanguageOptions } from './languages';
import { sendToBackground } from '../messaging/send';
import { hasOrigins, requestOrigins } from './platform';

type ServerEngine = TestConnectionRequest['engine'];

const SERVICE_LABELS: Record<TranslationService, () => string> = {
  auto: () => t('serviceAuto'),
  publisher: () => t('servicePublisher'),
  chrome: () => t('serviceChrome'),
  libretranslate: () => t('serviceLibreTranslate'),
  apertium: () => t('serviceApertium'),
};
const DISPLAY_LABELS: Record<TranslationDisplay, () => string> = {
  replace: () => t('displayReplace'),
  'side-by-side': () => t('displaySideBySide'),
};
const ENGINE_NAMES: Record<ServerEngine, string> = { libretranslate: 'LibreTranslate', apertium: 'Apertium' };

export function renderTranslationSection(ctx: OptionsContext, uiLanguage: string): HTMLElement {
  const { doc } = ctx;
  const target = selectField(
    doc,
    t('translateTo'),
    targetLanguageOptions(uiLanguage, (name) => t('browserLanguage', name), ctx.settings.translateTo),
    ctx.settings.translateTo,
    (value) => void ctx.save('translateTo', value),
  );
  target.select.dataset.testid = 'translate-to';
  const service = selectField(
    doc,
    t('translationService'),
    TRANSLATION_SERVICES.map((id) => [id, SERVICE_LABELS[id]()] as const),
    ctx.settings.translationService,
    (value) => void ctx.save('translationService', value as TranslationService),
  );
  service.select.dataset.testid = 'translation-service';

  const server = renderServerField(ctx);
  const apiKey = renderApiKeyField(ctx);
  const test = renderConnectionTest(ctx, server.input, apiKey.input, service.select);
  const display = radioGroup(
    doc,
    t('translationDisplay'),
    'translation-display',
    TRANSLATION_DISPLAYS.map((id) => [id, DISPLAY_LABELS[id]()] as const),
    ctx.settings.translationDisplay,
    (value) => void ctx.save('translationDisplay', value as TranslationDisplay),
  );

  ctx.onSettings((settings) => {
    if (![...target.select.options].some((option) => option.value === settings.translateTo)) {
      target.select.append(el(doc, 'option', { value: settings.translateTo }, settings.translateTo));
    }
    target.select.value = settings.translateTo;
    service.select.value = settings.translationService;
    for (const input of display.inputs) input.checked = input.value === settings.translationDisplay;
  });

  return section(
    doc,
    t('sectionTranslation'),
    target.row,
    service.row,
    server.row,
    apiKey.row,
    test,
    display.fieldset,
  );
}

/**
 * Saving a loopback address needs nothing; any other server needs its optional host permission first, which
 * the browser grants only during a user action: so those are saved on `change` (Enter or leaving the field),
 * while loopback addresses are also saved as the reader types.
 */
function renderServerField(ctx: OptionsContext): { row: HTMLElement; input: HTMLInputElement } {
  const { doc } = ctx;
  const id = uid('server');
  const input = el(doc, 'input', {
    type: 'text',
    id,
    inputmode: 'url',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: 'http://localhost:5000',
  });
  input.value = ctx.settings.serverUrl;
  const help = describe(doc, input, t('serverUrlHelp'));
  const message = describe(doc, input, '', 'message');
  message.setAttribute('aria-live', 'polite');

  const showError = (text: string): void => {
    message.textContent = text;
    input.toggleAttribute('aria-invalid', text !== '');
  };
  const commit = (duringUserAction: boolean): void => {
    const text = input.value.trim();
    const url = text === '' ? '' : normalizeServerUrl(text);
    if (url === null) {
      if (duringUserAction) showError(t('serverUrlInvalid', text));
      return;
    }
    showError('');
    if (url === ctx.settings.serverUrl) return;
    if (url === '' || isLoopbackUrl(url)) {
      void ctx.save('serverUrl', url);
      return;
    }
    if (!duringUserAction) return;
    // Before any await, so the prompt belongs to this user action.
    void requestOrigins([originPattern(url)]).then((granted) => {
      if (!granted) {
        showError(t('serverPermissionDenied', new URL(url).origin));
        return;
      }
      void ctx.save('serverUrl', url).then((saved) => {
        if (saved) input.value = url;
      });
    });
  };
  const typing = debounce(() => commit(false), 600);
  input.addEventListener('input', () => typing.schedule());
  input.addEventListener('change', () => commit(true));
  const grant = renderGrantNote(doc);
  grant.check(ctx.settings.serverUrl);
  ctx.onSettings((settings) => {
    if (!isEditing(input)) input.value = settings.serverUrl;
    grant.check(settings.serverUrl);
  });

  const row = el(
    doc,
    'div',
    { class: 'field' },
    el(doc, 'label', { for: id }, t('serverUrl')),
    input,
    help,
    message,
    grant.note,
  );
  return { row, input };
}

/**
 * A saved address without its permission (an imported settings file skips the prompt): the background sends
 * it nothing, and this note says so, with a button that asks for the permission (a user gesture).
 */
function renderGrantNote(doc: Document): { note: HTMLElement; check(serverUrl: string): void } {
  const text = el(doc, 'p', {});
  const button = el(doc, 'button', { type: 'button' }, t('serverGrant'));
  button.dataset.testid = 'server-grant';
  const note = el(doc, 'div', { class: 'grant', role: 'status' }, text, button);
  note.dataset.testid = 'server-not-granted';
  note.hidden = true;
  let current = '';
  const check = (serverUrl: string): void => {
    current = serverUrl;
    if (!serverUrl || isLoopbackUrl(serverUrl)) {
      note.hidden = true;
      return;
    }
    void hasOrigins([originPattern(serverUrl)]).then((granted) => {
      if (current !== serverUrl) return;
      text.textContent = t('serverNotGranted', new URL(serverUrl).origin);
      note.hidden = granted;
    });
  };
  button.addEventListener('click', () => {
    const serverUrl = current;
    // Before any await, so the prompt belongs to this click.
    void requestOrigins([originPattern(serverUrl)]).then((granted) => {
      if (granted && current === serverUrl) note.hidden = true;
    });
  });
  return { note, check };
}

function renderApiKeyField(ctx: OptionsContext): { row: HTMLElement; input: HTMLInputElement } {
  const { doc } = ctx;
  const id = uid('apikey');
  const input = el(doc, 'input', { type: 'password', id, autocomplete: 'off', spellcheck: 'false' });
  input.value = ctx.settings.apiKey;
  const help = describe(doc, input, t('apiKeyHelp'));
  const save = debounce(() => void ctx.save('apiKey', input.value.trim()), 500);
  input.addEventListener('input', () => save.schedule());
  input.addEventListener('change', () => save.flush());
  ctx.onSettings((settings) => {
    if (!isEditing(input)) input.value = settings.apiKey;
  });
  const row = el(doc, 'div', { class: 'field' }, el(doc, 'label', { for: id }, t('apiKey')), input, help);
  return { row, input };
}

/** Which server engines to try for the chosen service: 'auto' and the others try LibreTranslate, then Apertium. */
export function enginesToTest(service: string): ServerEngine[] {
  if (service === 'apertium') return ['apertium'];
  if (service === 'libretranslate') return ['libretranslate'];
  return ['libretranslate', 'apertium'];
}

function renderConnectionTest(
  ctx: OptionsContext,
  serverInput: HTMLInputElement,
  apiKeyInput: HTMLInputElement,
  serviceSelect: HTMLSelectElement,
): HTMLElement {
  const { doc } = ctx;
  const button = el(doc, 'button', { type: 'button' }, t('testConnection'));
  button.dataset.testid = 'test-connection';
  const result = el(doc, 'div', { class: 'test-result', role: 'status', 'aria-live': 'polite' });
  result.dataset.testid = 'test-result';

  const show = (text: string, state: 'ok' | 'error' | 'busy', pairs: string[] = []): void => {
    result.dataset.state = state;
    result.replaceChildren(el(doc, 'p', {}, text));
    if (pairs.length > 0) {
      const list = el(doc, 'ul', { class: 'pairs' });
      for (const pair of pairs) list.append(el(doc, 'li', {}, pair));
      result.append(list);
    }
  };

  button.addEventListener('click', () => {
    const text = serverInput.value.trim();
    const server = normalizeServerUrl(text);
    if (!text || !server) {
      show(text ? t('serverUrlInvalid', text) : t('testNeedsServer'), 'error');
      return;
    }
    // Requested here (a click) so that the background may reach a non-loopback server.
    const permitted = isLoopbackUrl(server) ? Promise.resolve(true) : requestOrigins([originPattern(server)]);
    button.disabled = true;
    show(t('testRunning'), 'busy');
    void permitted
      .then(async (granted) => {
        if (!granted) {
          show(t('serverPermissionDenied', new URL(server).origin), 'error');
          return;
        }
        const apiKey = apiKeyInput.value.trim() || undefined;
        let lastError = '';
        for (const engine of enginesToTest(serviceSelect.value)) {
          try {
            const reply = await sendToBackground({ type: 'translate:test', engine, server, apiKey });
            if (reply.ok) {
              show(t('testOk', [ENGINE_NAMES[engine], String(reply.pairs.length)]), 'ok', reply.pairs);
              return;
            }
            lastError = reply.error;
          } catch (error) {
            lastError = error instanceof Error ? error.message : String(error);
          }
        }
        show(t('testFailed', lastError), 'error');
      })
      .finally(() => {
        button.disabled = false;
      });
  });

  return el(doc, 'div', { class: 'field test' }, button, result);
}
