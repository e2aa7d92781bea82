/** Wiring of the on-demand picker script: one picker per frame, rules saved through the background. */
import type { AddCustomRuleRequest, ReplyTo } from '../messaging/protocol';
import { extensionApi } from '../content/ext';
import { world } from '../world/world';
import { startPicker } from './picker';

export function runPicker(): void {
  // A second request while one is open closes the first: the menu item toggles.
  const open = world().picker;
  if (open) {
    open.stop();
    return;
  }
  world().picker = startPicker(document, {
    async saveRule(rule) {
      const request: AddCustomRuleRequest = { type: 'rules:add', rule };
      const reply = (await extensionApi()?.runtime.sendMessage(request)) as
        ReplyTo<AddCustomRuleRequest> | undefined;
      return reply ?? { ok: false, error: 'the extension did not answer' };
    },
    onSaved(elements) {
      // Hidden now through the page's hide state when cleanup runs here; otherwise from the next load.
      world().early?.hide?.mark(elements, 'custom-rule');
    },
    onClose() {
      world().picker = undefined;
    },
  });
}
