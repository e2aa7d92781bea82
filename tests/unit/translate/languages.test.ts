import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  declaredPageLanguage,
  fromIso639_3,
  languageName,
  normalizeLang,
  resolveSourceLanguage,
  toIso639_3,
} from '../../../src/translate/languages';

function load(path: string): Document {
  return new DOMParser().parseFromString(readFileSync(new URL(path, import.meta.url), 'utf8'), 'text/html');
}

describe('language codes', () => {
  it('normalizes BCP 47 tags, locales and 639-3 codes to a base language', () => {
    expect(normalizeLang('fr-FR')).toBe('fr');
    expect(normalizeLang('zh-Hant-TW')).toBe('zh');
    expect(normalizeLang('zh')).toBe('zh');
    expect(normalizeLang('pt_BR')).toBe('pt');
    expect(normalizeLang(' EN-us ')).toBe('en');
    expect(normalizeLang('iw')).toBe('he');
    expect(normalizeLang('fra')).toBe('fr');
    expect(normalizeLang('und')).toBe('');
    expect(normalizeLang('x-default')).toBe('');
    expect(normalizeLang('')).toBe('');
  });

  it('maps to and from the ISO 639-3 codes Apertium uses', () => {
    const pairs = {
      fr: 'fra',
      es: 'spa',
      en: 'eng',
      ca: 'cat',
      pt: 'por',
      de: 'deu',
      ru: 'rus',
      zh: 'zho',
      it: 'ita',
    };
    for (const [two, three] of Object.entries(pairs)) {
      expect(toIso639_3(two)).toBe(three);
      expect(fromIso639_3(three)).toBe(two);
    }
    expect(toIso639_3('fr-CA')).toBe('fra');
    expect(toIso639_3('spa')).toBe('spa');
    expect(toIso639_3('xx')).toBeNull();
    expect(fromIso639_3('eng_US')).toBe('en');
    expect(fromIso639_3('oci_aran')).toBe('oc');
    expect(fromIso639_3('fre')).toBe('fr');
    expect(fromIso639_3('qqq')).toBeNull();
  });

  it('names languages in English', () => {
    expect(languageName('spa')).toBe('Spanish');
    expect(languageName('fr')).toBe('French');
  });
});

describe('declaredPageLanguage', () => {
  it('reads the corpus pages', () => {
    expect(declaredPageLanguage(load('../../fixtures/pages/bitget-news-fr-dogecoin-metric.html'))).toBe('fr');
    expect(declaredPageLanguage(load('../../fixtures/pages/gate-learn-bitcoin-etf-zh.html'))).toBe('zh');
    expect(declaredPageLanguage(load('../../fixtures/pages/btc-echo-spot-etf-zulassung.html'))).toBe('de');
    expect(declaredPageLanguage(load('../../fixtures/pages/bybit-news-ru-pectra.html'))).toBe('ru');
  });

  it('prefers the article JSON-LD (inside @graph, after a broken block) over a template lang="en"', () => {
    expect(declaredPageLanguage(load('../../fixtures/translate/jsonld-graph-ru.html'))).toBe('ru');
  });

  it('falls back to og:locale, then Content-Language, then null', () => {
    const doc = (head: string, lang = '') =>
      new DOMParser().parseFromString(`<html${lang}><head>${head}</head><body></body></html>`, 'text/html');
    expect(declaredPageLanguage(doc('<meta property="og:locale" content="es_ES">'))).toBe('es');
    expect(declaredPageLanguage(doc('<meta http-equiv="Content-Language" content="it-IT">'))).toBe('it');
    expect(declaredPageLanguage(doc('', ' lang="pt-BR"'))).toBe('pt');
    expect(declaredPageLanguage(doc('', ' lang=""'))).toBeNull();
  });

  it('takes the mislabeled page at its word (the detector corrects it)', () => {
    expect(declaredPageLanguage(load('../../fixtures/translate/mislabeled-fr.html'))).toBe('en');
  });
});

describe('resolveSourceLanguage', () => {
  it('keeps the declaration when the detector agrees or says nothing', () => {
    expect(resolveSourceLanguage('fr', [{ language: 'fr', percentage: 97 }])).toBe('fr');
    expect(resolveSourceLanguage('fr-FR', null)).toBe('fr');
    expect(resolveSourceLanguage('fr', [])).toBe('fr');
    expect(resolveSourceLanguage('fr', [{ language: 'und', percentage: 100 }])).toBe('fr');
  });

  it('lets a confident detector overrule a page that declares en but is French', () => {
    expect(
      resolveSourceLanguage('en', [
        { language: 'fr', percentage: 92 },
        { language: 'en', percentage: 8 },
      ]),
    ).toBe('fr');
  });

  it('keeps the declaration against an unsure detector (short text, mixed quotes)', () => {
    expect(
      resolveSourceLanguage('en', [
        { language: 'fr', percentage: 55 },
        { language: 'en', percentage: 45 },
      ]),
    ).toBe('en');
  });

  it('uses the detector without a declaration only when it is somewhat sure', () => {
    expect(resolveSourceLanguage(null, [{ language: 'zh-Hant', percentage: 63 }])).toBe('zh');
    expect(resolveSourceLanguage(null, [{ language: 'de', percentage: 30 }])).toBeNull();
    expect(resolveSourceLanguage(null, null)).toBeNull();
  });

  it('ranks by percentage, not by list order', () => {
    expect(
      resolveSourceLanguage('en', [
        { language: 'en', percentage: 10 },
        { language: 'es', percentage: 88 },
      ]),
    ).toBe('es');
  });
});
