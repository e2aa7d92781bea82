import { readJsonLd } from '../detect/json-ld';
// Language codes: the extension speaks BCP 47 base codes ('fr', 'zh'); Apertium speaks ISO 639-3 ('fra').

/** ISO 639-1 → ISO 639-3 for the languages Apertium APy and LibreTranslate servers commonly carry. */
const ISO_639_3: Readonly<Record<string, string>> = {
  af: 'afr',
  an: 'arg',
  ar: 'ara',
  be: 'bel',
  bg: 'bul',
  br: 'bre',
  ca: 'cat',
  cs: 'ces',
  cy: 'cym',
  da: 'dan',
  de: 'deu',
  el: 'ell',
  en: 'eng',
  eo: 'epo',
  es: 'spa',
  et: 'est',
  eu: 'eus',
  fa: 'fas',
  fi: 'fin',
  fr: 'fra',
  ga: 'gle',
  gl: 'glg',
  he: 'heb',
  hi: 'hin',
  hr: 'hrv',
  hu: 'hun',
  id: 'ind',
  is: 'isl',
  it: 'ita',
  ja: 'jpn',
  kk: 'kaz',
  ko: 'kor',
  lt: 'lit',
  lv: 'lav',
  mk: 'mkd',
  ms: 'msa',
  mt: 'mlt',
  nb: 'nob',
  nl: 'nld',
  nn: 'nno',
  no: 'nor',
  oc: 'oci',
  pl: 'pol',
  pt: 'por',
  ro: 'ron',
  ru: 'rus',
  sk: 'slk',
  sl: 'slv',
  sq: 'sqi',
  sr: 'srp',
  sv: 'swe',
  th: 'tha',
  tr: 'tur',
  tt: 'tat',
  uk: 'ukr',
  ur: 'urd',
  uz: 'uzb',
  vi: 'vie',
  zh: 'zho',
};

const FROM_ISO_639_3: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(ISO_639_3).map(([two, three]) => [three, two]),
);

/** ISO 639-2/B and macro-language codes some servers still use. */
const ISO_639_3_ALIASES: Readonly<Record<string, string>> = {
  fre: 'fr',
  ger: 'de',
  chi: 'zh',
  cmn: 'zh',
  dut: 'nl',
  gre: 'el',
  per: 'fa',
  rum: 'ro',
  slo: 'sk',
  alb: 'sq',
  arm: 'hy',
  baq: 'eu',
  cze: 'cs',
  ice: 'is',
  mac: 'mk',
  may: 'ms',
  wel: 'cy',
  zlm: 'ms',
};

/** Deprecated ISO 639-1 codes browsers still report. */
const DEPRECATED_639_1: Readonly<Record<string, string>> = {
  iw: 'he',
  in: 'id',
  ji: 'yi',
  jw: 'jv',
  mo: 'ro',
};

/**
 * BCP 47 tag (or ISO 639-3 code, or a POSIX locale like 'fr_FR') → base language ('fr', 'zh').
 * Returns '' for anything that names no language ('und', 'x-default', '').
 */
export function normalizeLang(tag: string): string {
  const primary =
    tag
      .trim()
      .toLowerCase()
      .split(/[-_.@]/)[0] ?? '';
  if (!/^[a-z]{2,3}$/.test(primary) || primary === 'und' || primary === 'mul' || primary === 'zxx') return '';
  if (primary.length === 3) return fromIso639_3(primary) ?? primary;
  return DEPRECATED_639_1[primary] ?? primary;
}

/** 'fr' or 'fr-FR' → 'fra'. Unknown two-letter codes come back null; three-letter codes pass through. */
export function toIso639_3(code: string): string | null {
  const base = normalizeLang(code);
  if (!base) return null;
  if (base.length === 3) return base;
  return ISO_639_3[base] ?? null;
}

/** 'fra' → 'fr'; Apertium variants like 'eng_US' or 'oci_aran' → their base. Null when unknown. */
export function fromIso639_3(code: string): string | null {
  const primary = code.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (primary.length === 2) return primary;
  return FROM_ISO_639_3[primary] ?? ISO_639_3_ALIASES[primary] ?? null;
}

/**
 * A language's name in `inLanguage` (English by default, for status lines: "via Spanish"); 'spa' and 'es'
 * name the same language. Falls back to English, then to the code, when Intl cannot name it.
 */
export function languageName(code: string, inLanguage = 'en'): string {
  const base = normalizeLang(code) || code;
  try {
    return new Intl.DisplayNames([inLanguage, 'en'], { type: 'language', fallback: 'code' }).of(base) ?? base;
  } catch {
    return base;
  }
}

/** The first valid `inLanguage` of the page's JSON-LD (a code, or a schema.org Language object). */
function jsonLdLanguage(doc: Document): string | null {
  for (const node of readJsonLd(doc).nodes) {
    const value = node['inLanguage'];
    if (typeof value === 'string' && normalizeLang(value)) return normalizeLang(value);
    if (value && typeof value === 'object') {
      // schema.org allows a Language object: { "@type": "Language", "alternateName": "fr" }.
      const alt = (value as Record<string, unknown>)['alternateName'];
      if (typeof alt === 'string' && normalizeLang(alt)) return normalizeLang(alt);
    }
  }
  return null;
}

/**
 * The language the page says it is in. The article's own JSON-LD wins over `<html lang>` because CMS
 * templates often hard-code `lang="en"` on translated editions; `og:locale` and Content-Language last.
 */
export function declaredPageLanguage(doc: Document): string | null {
  const fromJsonLd = jsonLdLanguage(doc);
  if (fromJsonLd) return fromJsonLd;
  const htmlLang = normalizeLang(doc.documentElement.getAttribute('lang') ?? '');
  if (htmlLang) return htmlLang;
  const ogLocale = doc.querySelector('meta[property="og:locale"]')?.getAttribute('content');
  if (ogLocale && normalizeLang(ogLocale)) return normalizeLang(ogLocale);
  const httpEquiv = doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content');
  if (httpEquiv && normalizeLang(httpEquiv)) return normalizeLang(httpEquiv);
  return null;
}

export interface DetectedLanguage {
  language: string;
  percentage: number;
}

/** The detector must be this sure to overrule what the page declares (e.g. lang="en" on French text). */
const OVERRULE_DECLARED_PERCENT = 70;
/** Without a declaration, a weaker detection still beats guessing. */
const TRUST_UNDECLARED_PERCENT = 40;

/**
 * Source language from the page's declaration and the on-device detector's result
 * (`browser.i18n.detectLanguage(text).languages`). Rules:
 * - agreement, or no usable detection → the declaration;
 * - no declaration → the detector's top language if it reaches 40 %;
 * - disagreement → the detector only when it is at least 70 % sure, since templates mislabel editions
 *   far more often than a confident detector mislabels a whole article.
 */
export function resolveSourceLanguage(
  declared: string | null,
  detected: DetectedLanguage[] | null,
): string | null {
  const declaredBase = declared ? normalizeLang(declared) || null : null;
  const ranked = (detected ?? [])
    .map((d) => ({ language: normalizeLang(d.language), percentage: d.percentage }))
    .filter((d) => d.language !== '')
    .sort((a, b) => b.percentage - a.percentage);
  const top = ranked[0];
  if (!top) return declaredBase;
  if (!declaredBase) return top.percentage >= TRUST_UNDECLARED_PERCENT ? top.language : null;
  if (top.language === declaredBase) return declaredBase;
  return top.percentage >= OVERRULE_DECLARED_PERCENT ? top.language : declaredBase;
}
