/**
 * The project's only HTML sink. Every piece of page-derived HTML goes through `sanitizeToFragment`
 * with one DOMPurify configuration before it reaches the panel, the reader view or the page.
 */
import DOMPurify, { type Config } from 'dompurify';

/** Tags an article can legitimately carry; everything else (forms, frames, media players) is dropped. */
const ALLOWED_TAGS = [
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'col',
  'colgroup',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'picture',
  'pre',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'section',
  'small',
  'source',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
  'var',
  'wbr',
  'article',
  'header',
  'footer',
];

/** Attributes that never hold a URL: kept as they are, not checked as links. */
const URI_SAFE_ATTR = [
  'sizes',
  'width',
  'height',
  'colspan',
  'rowspan',
  'scope',
  'datetime',
  'lang',
  'dir',
  'start',
  'reversed',
  'type',
  'media',
  'loading',
  'data-unshill-block',
] as const;

/** The URL attributes (checked by DOMPurify's URL rules), text ones DOMPurify treats as safe, and the above. */
const ALLOWED_ATTR = ['href', 'src', 'srcset', 'cite', 'alt', 'title', ...URI_SAFE_ATTR];

// Typed as a real policy because DOMPurify's types ask for one; DOMPurify only calls these two methods, and
// strings are what a policy-less browser gets anyway.
const PASS_THROUGH_POLICY = {
  name: 'unshill',
  createHTML: (html: string): string => html,
  createScript: (script: string): string => script,
  createScriptURL: (url: string): string => url,
} as unknown as NonNullable<Config['TRUSTED_TYPES_POLICY']>;

const CONFIG = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // Only web and mail links; `javascript:`, `data:` (except images, handled below) and friends are dropped.
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
  // DOMPurify applies ALLOWED_URI_REGEXP to every attribute it does not know as URI-safe: these hold no URL,
  // and without this `lang`, `dir`, table spans and sizes were stripped (security review F9).
  ADD_URI_SAFE_ATTR: [...URI_SAFE_ATTR],
  // Our own pass-through policy: DOMPurify's default `trustedTypes.createPolicy('dompurify')` fires a
  // securitypolicyviolation on pages with `trusted-types 'none'` that names the extension (review F8).
  // Content scripts' sinks are not subject to the page's Trusted Types, so strings are enough here.
  TRUSTED_TYPES_POLICY: PASS_THROUGH_POLICY,
  KEEP_CONTENT: true,
  RETURN_DOM_FRAGMENT: true,
  FORBID_TAGS: [
    'style',
    'script',
    'iframe',
    'frame',
    'object',
    'embed',
    'form',
    'input',
    'button',
    'textarea',
    'select',
    'template',
    'noscript',
    'meta',
    'link',
    'base',
    'svg',
    'math',
  ],
} as const;

type Purifier = ReturnType<typeof DOMPurify>;
const purifiers = new WeakMap<Window, Purifier>();

function purifierFor(window: Window): Purifier {
  let purify = purifiers.get(window);
  if (!purify) {
    purify = DOMPurify(window as unknown as Parameters<typeof DOMPurify>[0]);
    purify.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeName === 'A' && (node as Element).hasAttribute('href')) {
        // Links leave the reader in a new tab and tell the target nothing about where they came from.
        (node as Element).setAttribute('target', '_blank');
        (node as Element).setAttribute('rel', 'noopener noreferrer');
      }
    });
    purifiers.set(window, purify);
  }
  return purify;
}

/**
 * Sanitizes `html` for insertion into `doc` (the document that will own the nodes).
 * Returns a fragment: callers append it, never serialize it back into innerHTML.
 */
export function sanitizeToFragment(html: string, doc: Document = document): DocumentFragment {
  const window = doc.defaultView;
  if (!window) throw new Error('sanitizeToFragment needs a document with a window');
  const fragment = purifierFor(window).sanitize(html, {
    ...CONFIG,
    ALLOWED_TAGS: [...ALLOWED_TAGS],
    ALLOWED_ATTR: [...ALLOWED_ATTR],
    FORBID_TAGS: [...CONFIG.FORBID_TAGS],
    ADD_URI_SAFE_ATTR: [...URI_SAFE_ATTR],
  });
  // DOMPurify answers null (not a fragment) for markup that opens a frameset document: nothing to keep.
  if (!fragment) return doc.createDocumentFragment();
  return doc.importNode(fragment, true);
}
