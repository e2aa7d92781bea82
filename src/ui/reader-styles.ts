/** Reader view CSS. px units only: the page's root font size must not leak into the shadow root. */
export const READER_CSS = `
:host { all: initial; }
.backdrop {
  position: fixed; inset: 0; z-index: 2147483646; overflow: auto; overscroll-behavior: contain;
  background: var(--bg); color: var(--fg);
  font-family: var(--font); font-size: var(--size); line-height: 1.6;
  --bg: #fbfbf8; --fg: #1d1d1f; --muted: #57575c; --accent: #1f5fbf; --rule: #d9d9d4; --box: #f0efe8; --mark: #fff1a8;
}
.backdrop[data-theme="dark"] { --bg: #16171a; --fg: #e8e8ea; --muted: #a9a9b0; --accent: #8ab4ff; --rule: #34353a; --box: #202126; --mark: #4a4120; }
.backdrop[data-theme="sepia"] { --bg: #f4ecd8; --fg: #3b2f20; --muted: #5f5141; --accent: #8a4b08; --rule: #d8c9a8; --box: #ebe0c6; }
@media (prefers-color-scheme: dark) {
  .backdrop[data-theme="auto"] { --bg: #16171a; --fg: #e8e8ea; --muted: #a9a9b0; --accent: #8ab4ff; --rule: #34353a; --box: #202126; --mark: #4a4120; }
}
.toolbar {
  position: sticky; top: 0; display: flex; flex-wrap: wrap; gap: 6px; align-items: center; justify-content: flex-end;
  padding: 8px 16px; background: var(--bg); border-bottom: 1px solid var(--rule); font-family: system-ui, sans-serif; font-size: 14px;
}
.toolbar .group { display: flex; gap: 4px; align-items: center; margin-right: 8px; }
.toolbar .label { color: var(--muted); margin-right: 2px; }
button, select {
  font: inherit; font-size: 14px; color: var(--fg); background: var(--box); border: 1px solid var(--rule);
  border-radius: 6px; padding: 4px 10px; min-height: 32px; min-width: 32px; cursor: pointer;
}
button[aria-pressed="true"] { border-color: var(--accent); color: var(--accent); font-weight: 600; }
button:focus-visible, select:focus-visible, a:focus-visible, [tabindex]:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.close { font-weight: 600; }
article { max-width: var(--width); margin: 0 auto; padding: 32px 20px 96px; }
/* The article takes focus on open so the keyboard scrolls it; that is not a control to outline. */
article[tabindex]:focus, article[tabindex]:focus-visible { outline: none; }
.site { color: var(--muted); font-family: system-ui, sans-serif; font-size: 14px; text-transform: uppercase; letter-spacing: 0.5px; margin: 0 0 8px; }
h1.title { font-size: calc(var(--size) * 1.7); line-height: 1.2; margin: 0 0 12px; }
.meta { color: var(--muted); font-family: system-ui, sans-serif; font-size: 14px; margin: 0 0 24px; display: flex; flex-wrap: wrap; gap: 4px 16px; }
.key-points { background: var(--box); border-left: 4px solid var(--accent); border-radius: 6px; padding: 12px 16px; margin: 0 0 28px; }
.key-points h2 { font-family: system-ui, sans-serif; font-size: 15px; margin: 0 0 6px; }
.key-points ul { margin: 0; padding-left: 20px; }
.body img, .body picture, .body video { max-width: 100%; height: auto; }
.body figure { margin: 24px 0; }
.body figcaption { color: var(--muted); font-size: 14px; margin-top: 6px; }
.body a { color: var(--accent); }
.body pre { overflow: auto; background: var(--box); padding: 12px; border-radius: 6px; font-size: 14px; }
.body code { font-family: ui-monospace, monospace; font-size: 0.9em; }
.body blockquote { margin: 16px 0; padding: 4px 16px; border-left: 3px solid var(--rule); color: var(--muted); }
.body table { border-collapse: collapse; display: block; overflow-x: auto; }
.body th, .body td { border: 1px solid var(--rule); padding: 6px 10px; }
.empty { max-width: 560px; margin: 80px auto; padding: 0 20px; font-family: system-ui, sans-serif; font-size: 18px; }
.translated { }
/* Read aloud: the paragraph being read. */
[data-reading] { background: var(--mark); box-shadow: 0 0 0 6px var(--mark); border-radius: 2px; }
.listen [data-testid="listen-status"]:empty { display: none; }
@media (max-width: 599px), (pointer: coarse) { button, select { min-height: 44px; min-width: 44px; } }
@media (prefers-reduced-motion: no-preference) { .backdrop { animation: fade 120ms ease-out; } }
@keyframes fade { from { opacity: 0; } to { opacity: 1; } }
`;
