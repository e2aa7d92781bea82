import { COMPACT_MAX_WIDTH } from './panel-compact';

/** Panel CSS. px units only: the page's root font size must not leak into the shadow root. */
export const PANEL_CSS = `
:host { all: initial; display: block !important; margin: 16px 0 20px !important; contain: layout style !important; }
.panel {
  --bg: #f6f8fb; --fg: #1b1f24; --muted: #4f5863; --accent: #1a5fb4; --rule: #d0d7de; --mark: #fff3b0;
  box-sizing: border-box; max-width: 100%; background: var(--bg); color: var(--fg);
  border: 1px solid var(--rule); border-left: 4px solid var(--accent); border-radius: 8px;
  padding: 12px 16px; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  text-align: start;
}
@media (prefers-color-scheme: dark) {
  .panel { --bg: #1c2128; --fg: #e6edf3; --muted: #a5b0bb; --accent: #79b8ff; --rule: #3d444d; }
}
.panel[data-theme="dark"] { --bg: #1c2128; --fg: #e6edf3; --muted: #a5b0bb; --accent: #79b8ff; --rule: #3d444d; }
.panel[data-theme="light"] { --bg: #f6f8fb; --fg: #1b1f24; --muted: #4f5863; --accent: #1a5fb4; --rule: #d0d7de; }
header { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; }
h2 { font-size: 16px; margin: 0; font-weight: 700; }
.source, .reading-time { color: var(--muted); font-size: 13px; }
.source { border: 1px solid var(--rule); border-radius: 999px; padding: 0 8px; }
.spacer { flex: 1; }
ul.points { margin: 10px 0 4px; padding: 0 0 0 20px; }
ul.points li { margin: 0 0 6px; }
ul.points li button.point {
  /* A block, so the list marker sits on the first line (a button is never truly inline). */
  all: unset; cursor: pointer; display: block; width: 100%; text-align: start;
  color: inherit; font: inherit; line-height: inherit;
}
ul.points li button.point:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; border-radius: 4px; }
ul.points li button.point:hover { text-decoration: underline; text-decoration-color: var(--accent); }
.controls { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-top: 10px; font-size: 13px; }
.count { color: var(--muted); }
button.action {
  font: inherit; font-size: 13px; color: var(--fg); background: transparent; border: 1px solid var(--rule);
  border-radius: 6px; padding: 4px 10px; min-height: 30px; cursor: pointer;
}
button.action:hover { border-color: var(--accent); }
button.action[aria-pressed="true"] { border-color: var(--accent); color: var(--accent); font-weight: 600; }
button:focus-visible, button.point:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; border-radius: 4px; }
.controls + .controls { margin-top: 8px; }
.status { color: var(--muted); font-size: 13px; margin: 8px 0 0; }
.status:empty { display: none; }
.status[data-kind="error"] { color: #b3261e; }
@media (prefers-color-scheme: dark) { .status[data-kind="error"] { color: #ffb4ab; } }
.disclosures { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
.disclosures:empty { display: none; }
.badge { font-size: 12px; border-radius: 999px; padding: 1px 8px; border: 1px solid #b26a00; color: #8a5300; background: #fff4e0; }
@media (prefers-color-scheme: dark) { .badge { color: #ffcf8a; background: #3a2a10; border-color: #a8741a; } }
.panel[data-collapsed="true"] .body { display: none; }
.in-box { display: none; color: var(--muted); font-size: 13px; }
.panel[data-points="box"] .in-box { display: inline; }
.panel[data-points="box"] ul.points { display: none; }
.panel[data-points="box"] .body > .disclosures { margin-top: 10px; }
/* The phone layout: one line, the body one tap away. */
.compact { display: none; align-items: center; gap: 8px; }
.compact-summary { flex: 1; min-width: 0; color: var(--muted); font-size: 14px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.panel[data-layout="compact"] { padding: 4px 6px 4px 12px; }
.panel[data-layout="compact"] .compact { display: flex; }
.panel[data-layout="compact"] header { display: none; }
.panel[data-layout="compact"][data-open="false"] .body { display: none; }
.panel[data-layout="compact"][data-open="true"] .body { display: block; padding-bottom: 8px; }
@media (max-width: ${COMPACT_MAX_WIDTH}px) { :host { margin: 8px 0 12px !important; } }
/* Fingers, not a mouse pointer: every control at least 44 px (WCAG 2.5.5). */
@media (max-width: ${COMPACT_MAX_WIDTH}px), (pointer: coarse) {
  button.action { min-height: 44px; min-width: 44px; }
  ul.points li button.point { min-height: 44px; box-sizing: border-box; padding: 10px 0; }
  ul.points li { margin: 0; }
}
.confirm { flex-basis: 100%; display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.confirm[hidden] { display: none; }
.confirm p { margin: 0; flex-basis: 100%; }
`;

/** Added to the page (not the shadow root): the highlight of a key point's sentence in the article. */
export const HIGHLIGHT_CSS = `
[data-unshill-highlight] { background: #fff3b0 !important; color: #1b1f24 !important; outline: 2px solid #e0b400; border-radius: 2px; }
@media (prefers-reduced-motion: no-preference) { [data-unshill-highlight] { transition: background 600ms; } }
`;
