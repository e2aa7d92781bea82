import { describe, expect, it } from 'vitest';
import { findPromotions, findPromotionsIn } from '../../../src/clean/heuristics';
import { findArticleRoot } from '../../../src/detect/article-root';
import { articlePage } from './heuristics-fixtures';

/**
 * Anti-ad-block scripts (realworld cbssports page served at a catalogue address) append an empty
 * 1 px probe with an ad id to the body, read its computed display, and send the reader to another
 * page when it is `none`. Such a probe shows nothing, so hiding it gains the reader nothing.
 */
function appendProbe(doc: Document, tag: string, id: string): Element {
  const probe = doc.createElement(tag);
  probe.id = id;
  probe.setAttribute('style', 'width: 1px; height: 1px; top: -555px; left: -555px; display: block;');
  doc.body.append(probe);
  return probe;
}

describe('ad-block probes', () => {
  it.each([
    ['iframe', 'google_ads_iframe'],
    ['iframe', 'google_ads_frame'],
    ['div', 'google_dfp_'],
  ])('an empty 1 px <%s id="%s"> appended to the body is left alone', (tag, id) => {
    const doc = articlePage('<p>Related coverage</p>', 'side');
    const probe = appendProbe(doc, tag, id);
    const root = findArticleRoot(doc);
    expect(findPromotions(doc, root).some((m) => m.element === probe)).toBe(false);
    expect(findPromotionsIn([probe], root).some((m) => m.element === probe)).toBe(false);
  });

  it('an empty ad placeholder with room reserved is still hidden', () => {
    const doc = articlePage('<p>Related coverage</p>', 'side');
    const slot = doc.createElement('div');
    slot.id = 'google_dfp_top';
    slot.setAttribute('style', 'min-height: 250px');
    doc.body.append(slot);
    expect(findPromotions(doc, findArticleRoot(doc)).some((m) => m.element === slot)).toBe(true);
  });
});
