/**
 * The article script's way to its extras (extras.js: Readability, DOMPurify, reader view, translation,
 * why hidden): the background injects them into this frame once, on first use, so the panel's own path
 * never parses or runs them.
 */
import { sendToBackground } from '../messaging/send';
import { world } from '../world/world';
import type { ExtrasApi } from './api';

let loading: Promise<ExtrasApi> | null = null;

export function loadExtras(): Promise<ExtrasApi> {
  const loaded = world().extras;
  if (loaded) return Promise.resolve(loaded);
  loading ??= sendToBackground({ type: 'extras:inject' }).then((reply) => {
    if (!reply.ok) throw new Error(reply.error);
    const extras = world().extras;
    if (!extras) throw new Error('the extras script did not start');
    return extras;
  });
  // A failure (extension reloaded, background asleep too long) may pass: the next use asks again.
  loading.catch(() => (loading = null));
  return loading;
}
