import { extractArticle, type ExtractedArticle } from '../extract/article';
import { mountReader, type MountedReader, type ReaderPrefs } from '../ui/reader';

export interface ReaderDeps {
  loadPrefs(): Promise<ReaderPrefs>;
  savePrefs(prefs: ReaderPrefs): Promise<void>;
  /** Key points already shown in the panel, or computed for this article. */
  keyPoints(doc: Document, article: ExtractedArticle): Promise<string[]>;
  /** Called with the mounted reader so translation can follow it. */
  onOpen?(reader: MountedReader, keyPoints: string[]): void;
  onClose?(): void;
}

/** Opens the reader on `doc`, or closes it when it is already open (a second toolbar click). */
export function createReaderToggle(doc: Document, deps: ReaderDeps): () => Promise<void> {
  let open: MountedReader | null = null;
  let opening = false;
  return async () => {
    if (open) {
      open.close();
      return;
    }
    if (opening) return;
    opening = true;
    try {
      const article = extractArticle(doc);
      const [prefs, keyPoints] = await Promise.all([
        deps.loadPrefs(),
        article ? deps.keyPoints(doc, article).catch(() => []) : Promise.resolve([]),
      ]);
      open = mountReader(
        doc,
        { article, keyPoints, prefs, onPrefsChange: (p) => void deps.savePrefs(p) },
        () => {
          open = null;
          deps.onClose?.();
        },
      );
      deps.onOpen?.(open, keyPoints);
    } finally {
      opening = false;
    }
  };
}
