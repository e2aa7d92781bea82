/** Summary: where the key points come from, and whether the panel starts collapsed. */
import { t } from '../i18n/i18n';
import { SUMMARY_SOURCES, type SummarySource } from '../settings/defaults';
import type { OptionsContext } from './context';
import { checkboxField, radioGroup, section } from './dom';

const SOURCE_LABELS: Record<SummarySource, () => string> = {
  auto: () => t('summaryAuto'),
  local: () => t('summaryLocal'),
  chrome: () => t('summaryChrome'),
};

export function renderSummarySection(ctx: OptionsContext): HTMLElement {
  const { doc } = ctx;
  const source = radioGroup(
    doc,
    t('summarySource'),
    'summary-source',
    SUMMARY_SOURCES.map((id) => [id, SOURCE_LABELS[id]()] as const),
    ctx.settings.summarySource,
    (value) => void ctx.save('summarySource', value as SummarySource),
  );
  const collapsed = checkboxField(doc, t('panelCollapsedSetting'), ctx.settings.panelCollapsed, (checked) => {
    void ctx.save('panelCollapsed', checked);
  });
  ctx.onSettings((settings) => {
    for (const input of source.inputs) input.checked = input.value === settings.summarySource;
    collapsed.input.checked = settings.panelCollapsed;
  });
  return section(doc, t('sectionSummary'), source.fieldset, collapsed.row);
}
