/** Element picker CSS (its own shadow root). px units: the page's root font size must not leak in. */
export const PICKER_CSS = `
:host { all: initial; }
.box { position: fixed; pointer-events: none; box-sizing: border-box; z-index: 2147483646;
  border: 2px solid #d1242f; background: rgba(209, 36, 47, 0.12); border-radius: 2px; }
.box.primary { border-width: 3px; }
.bar { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; max-width: min(440px, calc(100vw - 32px));
  box-sizing: border-box; background: #ffffff; color: #1b1f24; border: 1px solid #c4cad1; border-left: 4px solid #d1242f;
  border-radius: 8px; padding: 10px 12px; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.25); text-align: start; }
@media (prefers-color-scheme: dark) {
  .bar { background: #1c2128; color: #e6edf3; border-color: #3d444d; border-left-color: #ff7b72; }
}
h2 { font-size: 15px; margin: 0 0 4px; }
p { margin: 0 0 6px; }
.help { font-size: 13px; opacity: 0.85; }
.preview { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px; overflow-wrap: anywhere; }
.buttons { display: flex; flex-wrap: wrap; gap: 6px; }
button { font: inherit; font-size: 13px; border-radius: 6px; padding: 4px 10px; cursor: pointer;
  border: 1px solid currentColor; background: transparent; color: inherit; }
button.primary { background: #d1242f; border-color: #d1242f; color: #ffffff; }
button:disabled { opacity: 0.5; cursor: not-allowed; }
button:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
@media (max-width: 480px) { .bar { left: 8px; right: 8px; bottom: 8px; max-width: none; } }
`;
