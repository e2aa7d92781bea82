/** How the reader's own server is named where a page could read it: the engine, never the address. */

export type ServerEngineKind = 'apertium' | 'libretranslate';

/** "Apertium (your server)", "LibreTranslate (your server)". */
export function serverLabel(kind: ServerEngineKind): string {
  return `${kind === 'apertium' ? 'Apertium' : 'LibreTranslate'} (your server)`;
}
