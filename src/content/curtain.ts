import { markOwn } from '../world/own-nodes';
/** Longest the page stays unpainted waiting for DOM ready (a slow network must not mean a blank page). */
const CURTAIN_MAX_MS = 1500;

export interface Curtain {
  lower(): void;
}

/** Keeps the page unpainted (opacity 0) until promotions are marked, so none is ever painted. */
export function raiseCurtain(doc: Document): Curtain {
  const style = doc.createElement('style');
  markOwn(style);
  style.textContent = 'html { opacity: 0 !important; }';
  (doc.head ?? doc.documentElement)?.append(style);
  const timer = setTimeout(() => style.remove(), CURTAIN_MAX_MS);
  return {
    lower() {
      clearTimeout(timer);
      style.remove();
    },
  };
}
