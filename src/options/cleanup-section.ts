/** Cleanup: the global switch, one switch per catalogue site, extra sites, custom rules. */
import { parseCosmeticRules } from '../clean/cosmetic';
import { t } from '../i18n/i18n';
import { ALL_SITES_PATTERNS, normalizeOrigin, originPattern } from '../settings/origins';
import { loadSettings } from '../settings/settings';
import { hostsOf } from '../sites/find-site';
import type { Site } from '../sites/types';
import { debounce, isEditing, type OptionsContext } from './context';
import { addressForm, checkboxField, describe, el, section, uid } from './dom';
import { removeOrigins, requestOrigins } from './platform';

export function renderCleanupSection(ctx: OptionsContext, sites: readonly Site[]): HTMLElement {
  const { doc } = ctx;
  const cleanup = checkboxField(doc, t('cleanupEnabled'), ctx.settings.cleanupEnabled, (checked) => {
    void ctx.save('cleanupEnabled', checked).then(() => syncCatalogueState());
  });
  const referral = checkboxField(
    doc,
    t('stripReferralParams'),
    ctx.settings.stripReferralParams,
    (checked) => {
      void ctx.save('stripReferralParams', checked);
    },
  );

  const anySite = renderAnySite(ctx);
  const catalogue = renderCatalogue(ctx, sites);
  const syncCatalogueState = (): void => {
    catalogue.disabled = !ctx.settings.cleanupEnabled;
  };
  syncCatalogueState();
  ctx.onSettings((settings) => {
    cleanup.input.checked = settings.cleanupEnabled;
    referral.input.checked = settings.stripReferralParams;
    syncCatalogueState();
  });

  return section(
    doc,
    t('sectionCleanup'),
    cleanup.row,
    anySite,
    referral.row,
    catalogue,
    renderExtraSites(ctx),
    renderCustomRules(ctx),
  );
}

export { hostsOf };

/** "Clean up crypto news on any site": asks for the permission for all sites when turned on. */
function renderAnySite(ctx: OptionsContext): HTMLElement {
  const { doc } = ctx;
  const field = checkboxField(doc, t('anySite'), ctx.settings.anySite, (checked) => {
    message.textContent = '';
    if (!checked) {
      // Off: the background unregisters the script. The permission is given back unless extra sites
      // are listed: giving back all sites could take their narrower grants with it.
      void ctx.save('anySite', false).then(async (saved) => {
        if (saved && ctx.settings.extraSites.length === 0) await removeOrigins([...ALL_SITES_PATTERNS]);
      });
      return;
    }
    // Before any await: the permission prompt needs the user action that is being handled.
    void requestOrigins([...ALL_SITES_PATTERNS]).then(async (granted) => {
      if (granted && (await ctx.save('anySite', true))) return;
      field.input.checked = false;
      if (!granted) message.textContent = t('anySiteDenied');
    });
  });
  const help = describe(doc, field.input, t('anySiteHelp'));
  const message = describe(doc, field.input, '', 'message');
  message.setAttribute('aria-live', 'polite');
  ctx.onSettings((settings) => {
    field.input.checked = settings.anySite;
  });
  return el(doc, 'div', { class: 'group any-site' }, field.row, help, message);
}

function renderCatalogue(ctx: OptionsContext, sites: readonly Site[]): HTMLFieldSetElement {
  const { doc } = ctx;
  const fieldset = el(doc, 'fieldset', { class: 'sites' }, el(doc, 'legend', {}, t('siteCatalogue')));
  const help = el(doc, 'p', { class: 'help' }, t('siteCatalogueHelp'));
  fieldset.append(help);
  const list = el(doc, 'ul', { class: 'site-list' });
  const switches = new Map<string, HTMLInputElement>();
  const sorted = [...sites].sort((a, b) => a.name.localeCompare(b.name));
  for (const site of sorted) {
    const id = uid('site');
    const input = el(doc, 'input', { type: 'checkbox', role: 'switch', id, 'data-site': site.id });
    input.checked = !ctx.settings.disabledSites.includes(site.id);
    input.addEventListener('change', () => void toggleSite(ctx, site.id, input.checked));
    const hosts = el(doc, 'span', { class: 'hosts' }, hostsOf(site).join(', '));
    const hostsId = uid('hosts');
    hosts.id = hostsId;
    input.setAttribute('aria-describedby', hostsId);
    list.append(el(doc, 'li', { class: 'check' }, input, el(doc, 'label', { for: id }, site.name), hosts));
    switches.set(site.id, input);
  }
  fieldset.append(list);
  ctx.onSettings((settings) => {
    for (const [siteId, input] of switches) input.checked = !settings.disabledSites.includes(siteId);
  });
  return fieldset;
}

async function toggleSite(ctx: OptionsContext, siteId: string, enabled: boolean): Promise<void> {
  // Read the stored list, not the page's copy: the panel may have turned a site off since the page opened.
  const { settings } = await loadSettings();
  const others = settings.disabledSites.filter((id) => id !== siteId);
  await ctx.save('disabledSites', enabled ? others : [...others, siteId]);
}

function renderExtraSites(ctx: OptionsContext): HTMLElement {
  const { doc } = ctx;
  const { form, input, help, message } = addressForm(doc, {
    label: t('extraSiteAddress'),
    button: t('extraSiteAdd'),
    help: t('extraSitesHelp'),
    placeholder: 'https://news.example.com',
  });
  const list = el(doc, 'ul', { class: 'extra-sites', 'data-testid': 'extra-sites' });

  const renderList = (origins: readonly string[]): void => {
    list.replaceChildren();
    if (origins.length === 0) list.append(el(doc, 'li', { class: 'empty' }, t('extraSitesEmpty')));
    for (const origin of origins) {
      const remove = el(doc, 'button', { type: 'button', class: 'secondary' }, t('extraSiteRemove', origin));
      remove.addEventListener('click', () => void removeSite(origin));
      list.append(el(doc, 'li', {}, el(doc, 'span', { class: 'origin' }, origin), remove));
    }
  };

  const removeSite = async (origin: string): Promise<void> => {
    const { settings } = await loadSettings();
    if (
      await ctx.save(
        'extraSites',
        settings.extraSites.filter((o) => o !== origin),
      )
    ) {
      renderList(ctx.settings.extraSites);
      await removeOrigins([originPattern(origin)]);
      input.focus();
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const origin = normalizeOrigin(input.value);
    if (!origin) {
      message.textContent = t('extraSiteInvalid', input.value.trim());
      input.setAttribute('aria-invalid', 'true');
      return;
    }
    input.removeAttribute('aria-invalid');
    message.textContent = '';
    // Before any await: the permission prompt needs the user action that is being handled.
    const granted = requestOrigins([originPattern(origin)]);
    void granted.then(async (ok) => {
      if (!ok) {
        message.textContent = t('extraSiteDenied', origin);
        return;
      }
      const { settings } = await loadSettings();
      const known = settings.extraSites.includes(origin);
      const next = known ? settings.extraSites : [...settings.extraSites, origin];
      if (!known && !(await ctx.save('extraSites', next))) return;
      input.value = '';
      renderList(next);
    });
  });

  renderList(ctx.settings.extraSites);
  ctx.onSettings((settings) => renderList(settings.extraSites));
  return el(
    doc,
    'div',
    { class: 'group' },
    el(doc, 'h3', {}, t('extraSitesHeading')),
    help,
    form,
    message,
    list,
  );
}

function renderCustomRules(ctx: OptionsContext): HTMLElement {
  const { doc } = ctx;
  const id = uid('rules');
  const textarea = el(doc, 'textarea', {
    id,
    rows: 8,
    spellcheck: 'false',
    autocomplete: 'off',
    wrap: 'off',
    placeholder: 'example.com##.promo-banner',
  });
  textarea.value = ctx.settings.customRules;
  const help = describe(doc, textarea, t('customRulesHelp'));
  const report = el(doc, 'div', { id: uid('report'), class: 'rules-report', 'aria-live': 'polite' });
  report.dataset.testid = 'rules-report';
  textarea.setAttribute(
    'aria-describedby',
    `${textarea.getAttribute('aria-describedby') ?? ''} ${report.id}`,
  );

  /** Lists the lines the parser rejects; true when there are none (only then is the text saved). */
  const showReport = (text: string): boolean => {
    const { rules, errors } = parseCosmeticRules(text);
    report.replaceChildren(el(doc, 'p', {}, t('customRulesCount', String(rules.length))));
    textarea.toggleAttribute('aria-invalid', errors.length > 0);
    const [first] = errors;
    if (!first) return true;
    const list = el(doc, 'ul', { class: 'errors' });
    for (const error of errors) {
      list.append(el(doc, 'li', {}, t('customRulesLine', [String(error.line), error.reason, error.text])));
    }
    report.append(
      el(
        doc,
        'p',
        { class: 'error-heading', role: 'alert', 'data-testid': 'rules-not-saved' },
        t('customRulesNotSaved', [String(first.line), first.reason]),
      ),
      el(doc, 'p', { class: 'error-heading' }, t('customRulesErrors')),
      list,
    );
    return false;
  };
  // Saved only when every line parses: nothing but selectors ever reaches a page's stylesheet (review F1).
  // The text stays in the box, so the reader fixes the line they are shown and loses nothing.
  const save = debounce(() => {
    if (showReport(textarea.value)) void ctx.save('customRules', textarea.value);
  }, 500);
  textarea.addEventListener('input', () => save.schedule());
  textarea.addEventListener('change', () => save.flush());
  showReport(textarea.value);
  ctx.onSettings((settings) => {
    if (isEditing(textarea) || textarea.value === settings.customRules) return;
    textarea.value = settings.customRules;
    showReport(settings.customRules);
  });

  return el(
    doc,
    'div',
    { class: 'group' },
    el(doc, 'label', { for: id, class: 'h3' }, t('customRules')),
    textarea,
    help,
    report,
  );
}
