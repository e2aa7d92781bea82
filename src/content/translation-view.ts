/**
 * What the translation toggle works on, read from the live page: the title, the items of the publisher's
 * key-points box outside the body (they follow the translation too), and the body's text blocks.
 */
import { articleTextBlocks } from './article-blocks';
import type { KeyPoints } from './key-points';
import type { TranslationView } from './translation-controller';

export function translationView(doc: Document, root: Element | null, keyPoints: KeyPoints): TranslationView {
  const title = doc.querySelector('h1:not([data-unshill-hidden])');
  const blocks = root ? articleTextBlocks(root).map((b) => b.element) : [];
  const keyPointItems =
    keyPoints.source === 'publisher'
      ? [...new Set(keyPoints.targets)].filter(
          (el): el is Element => !!el && el.matches('li, p') && !root?.contains(el),
        )
      : [];
  return { blocks: [...(title ? [title] : []), ...keyPointItems, ...blocks], root, title, keyPointItems };
}
