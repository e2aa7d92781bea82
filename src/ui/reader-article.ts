/**
 * The reader view's <article>: site, headline, byline, date, reading time, key points and the sanitized
 * body (cloned from the extraction, which went through the one DOMPurify sink), or a short notice when the
 * page has no article.
 */
import type { ExtractedArticle } from '../extract/article';
import { t } from '../i18n/i18n';
import { h } from './dom';

export function formatDate(value: string | null, lang: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  try {
    return new Intl.DateTimeFormat(lang || undefined, { dateStyle: 'long' }).format(date);
  } catch {
    return date.toDateString();
  }
}

export interface ReaderArticle {
  main: HTMLElement;
  title: HTMLElement | null;
  body: HTMLElement | null;
  /** The key points' list, when there are points (translation replaces its items). */
  pointsList: HTMLElement | null;
}

export function keyPointItems(doc: Document, points: readonly string[]): HTMLLIElement[] {
  return points.map((point) => h(doc, 'li', {}, point));
}

export function buildReaderArticle(
  doc: Document,
  article: ExtractedArticle | null,
  keyPoints: readonly string[],
  lang: string,
): ReaderArticle {
  if (!article) {
    const main = h(
      doc,
      'article',
      { class: 'empty', tabindex: '-1', role: 'alert' },
      h(doc, 'p', {}, t('readerNoArticle')),
    );
    return { main, title: null, body: null, pointsList: null };
  }
  const body = h(doc, 'div', { class: 'body' });
  body.append(article.content.cloneNode(true));
  const title = h(doc, 'h1', { class: 'title' }, article.title);
  const date = formatDate(article.published, lang);
  const pointsList = keyPoints.length ? h(doc, 'ul', {}, ...keyPointItems(doc, keyPoints)) : null;
  const main = h(
    doc,
    'article',
    { lang: lang || undefined, dir: article.dir ?? undefined, tabindex: '-1' },
    article.siteName ? h(doc, 'p', { class: 'site' }, article.siteName) : null,
    title,
    h(
      doc,
      'p',
      { class: 'meta' },
      article.byline ? h(doc, 'span', { class: 'byline' }, article.byline) : null,
      date ? h(doc, 'time', { datetime: article.published ?? undefined }, date) : null,
      h(doc, 'span', { class: 'reading-time' }, t('readingTime', String(article.readingMinutes))),
    ),
    pointsList
      ? h(
          doc,
          'section',
          { class: 'key-points', 'aria-label': t('keyPointsHeading') },
          h(doc, 'h2', {}, t('keyPointsHeading')),
          pointsList,
        )
      : null,
    body,
  );
  return { main, title, body, pointsList };
}
