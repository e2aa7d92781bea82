/** What every section of the options page shares: the document, the current settings, saving, and status. */
import { t } from '../i18n/i18n';
import { saveSetting, type SettingKey, type Settings } from '../settings/settings';

export interface OptionsContext {
  doc: Document;
  /** Last known settings (updated after each save and each change from another context). */
  settings: Settings;
  /** Validates and writes one setting, then announces "Saved" (or why not). Resolves to success. */
  save<K extends SettingKey>(key: K, value: Settings[K]): Promise<boolean>;
  /** Registers a function that brings a control up to date when settings change elsewhere. */
  onSettings(apply: (settings: Settings) => void): void;
}

export interface SaveStatus {
  element: HTMLElement;
  saved(): void;
  failed(reason: string): void;
}

/** The page's aria-live status line: "Saved", or the reason a change was not saved. */
export function createSaveStatus(doc: Document): SaveStatus {
  const element = doc.createElement('p');
  element.className = 'save-status';
  element.setAttribute('role', 'status');
  element.setAttribute('aria-live', 'polite');
  element.dataset.testid = 'save-status';
  const announce = (text: string, state: 'saved' | 'error'): void => {
    // Emptying first makes screen readers announce a repeated "Saved".
    element.textContent = '';
    element.dataset.state = state;
    queueMicrotask(() => {
      element.textContent = text;
    });
  };
  return {
    element,
    saved: () => announce(t('optionsSaved'), 'saved'),
    failed: (reason) => announce(t('optionsSaveFailed', reason), 'error'),
  };
}

export function createContext(
  doc: Document,
  initial: Settings,
  status: SaveStatus,
): OptionsContext & { applyAll(settings: Settings): void } {
  const appliers: ((settings: Settings) => void)[] = [];
  const ctx: OptionsContext = {
    doc,
    settings: initial,
    async save(key, value) {
      try {
        await saveSetting(key, value);
      } catch (error) {
        status.failed(error instanceof Error ? error.message : String(error));
        return false;
      }
      ctx.settings = { ...ctx.settings, [key]: value };
      status.saved();
      return true;
    },
    onSettings(apply) {
      appliers.push(apply);
    },
  };
  return Object.assign(ctx, {
    /** Called by the page when storage changed. */
    applyAll(settings: Settings) {
      ctx.settings = settings;
      for (const apply of appliers) apply(settings);
    },
  });
}

/** True while the reader is editing this control: an outside update must not overwrite their typing. */
export function isEditing(control: Element): boolean {
  return control.ownerDocument.activeElement === control;
}

/** Runs `fn` once input has paused for `ms`; `flush` runs a pending call now. */
export function debounce(fn: () => void, ms: number): { schedule(): void; flush(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    schedule() {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        fn();
      }, ms);
    },
    flush() {
      if (timer === undefined) return;
      clearTimeout(timer);
      timer = undefined;
      fn();
    },
  };
}
