/**
 * The words publishers put above their own key points, in one list for the two parts that need it:
 * the extractor (src/extract/key-points.ts), for which a label only raises confidence in a box it
 * recognises by its shape, and the hide guard (src/clean/promo-context.ts), which never hides a box
 * so labelled. Compared lowercased, on short texts only (a label is one line).
 *
 * Where the newer languages come from: "Pontos principais" (a Brazilian box the label list missed,
 * issue 17), "Poin Penting:" above five bullets on MEXC Learn's Indonesian articles
 * (mexc.fm/id-ID/learn), "What to know:" on CoinDesk (corpus/evidence.md); the rest are the
 * wordings of the same boxes in each language's news sites.
 */
import { wordRegex } from '../summarize/word-pattern';

export const KEY_POINT_LABELS: readonly string[] = [
  // en
  String.raw`\bkey (?:points?|takeaways?|highlights?|facts?)\b`,
  String.raw`\btakeaways?\b`,
  String.raw`\bhighlights?\b`,
  String.raw`\btl;? ?dr\b`,
  String.raw`\bin (?:brief|short|a nutshell)\b`,
  String.raw`\bat a glance\b`,
  String.raw`\bwhat (?:you need )?to know\b`,
  String.raw`\bquick take\b`,
  String.raw`\bin this (?:post|article|story|piece)\b`,
  String.raw`\b(?:article )?summary\b`,
  String.raw`\bthe gist\b`,
  // fr
  String.raw`\bdans cet article\b`,
  String.raw`\bpoints? clés?\b`,
  String.raw`\bà retenir\b`,
  String.raw`\bl'essentiel\b`,
  String.raw`\ben bref\b`,
  String.raw`\ben résumé\b`,
  String.raw`\brésumé\b`,
  // es
  String.raw`\ben este artículo\b`,
  String.raw`\bpuntos clave\b`,
  String.raw`\blo más importante\b`,
  String.raw`\ben resumen\b`,
  String.raw`\bresumen\b`,
  // pt
  String.raw`\bneste artigo\b`,
  String.raw`\bpontos[- ](?:chave|principais|importantes)\b`,
  String.raw`\bprincipais (?:pontos|destaques)\b`,
  String.raw`\bem resumo\b`,
  String.raw`\bresumo\b`,
  String.raw`\bdestaques\b`,
  // it
  String.raw`\bin questo articolo\b`,
  String.raw`\bpunti (?:chiave|salienti|principali)\b`,
  String.raw`\bin (?:breve|sintesi)\b`,
  // de / nl
  String.raw`\bin diesem artikel\b`,
  String.raw`\bdas wichtigste\b`,
  String.raw`\bauf einen blick\b`,
  String.raw`\bkurz (?:und knapp|gesagt)\b`,
  String.raw`\bzusammenfassung\b`,
  String.raw`\bkernaussagen\b`,
  String.raw`\bin het kort\b`,
  String.raw`\bbelangrijkste punten\b`,
  // ru / uk
  String.raw`\bосновное\b`,
  String.raw`\bглавное\b`,
  String.raw`\bключевые (?:моменты|тезисы|выводы)\b`,
  String.raw`\bосновные (?:моменты|тезисы)\b`,
  String.raw`\bв этой статье\b`,
  String.raw`\bкоротко\b`,
  String.raw`\bкратко\b`,
  String.raw`\bголовне\b`,
  String.raw`\bключові моменти\b`,
  // tr
  String.raw`\bönemli noktalar\b`,
  String.raw`\böne çıkanlar\b`,
  String.raw`\bkısaca\b`,
  String.raw`\bözet\b`,
  // vi
  String.raw`\b(?:những )?điểm (?:chính|nổi bật)\b`,
  String.raw`\btóm tắt\b`,
  // id
  String.raw`\bpoin (?:penting|utama)\b`,
  String.raw`\bringkasan\b`,
  String.raw`\bintisari\b`,
  // zh / ja / ko
  `本文要点`,
  `核心要点`,
  `要点`,
  `重点`,
  `摘要`,
  `导读`,
  `太长不看`,
  `この記事のポイント`,
  `ポイント`,
  `まとめ`,
  `要約`,
  `핵심 요약`,
  `핵심 포인트`,
  `주요 내용`,
  `요약`,
];

/** Labels of a key-points box ("Key takeaways", "Pontos principais", "要点"), anywhere in a short line. */
export const KEY_POINTS_LABEL = wordRegex(KEY_POINT_LABELS.join('|'));

/** Labels after which a paragraph (not a list) is the summary; "Summary" alone often heads a closing section. */
export const PARAGRAPH_LABEL = wordRegex(
  String.raw`^(?:tl;? ?dr|in (?:brief|short|a nutshell)|at a glance|the gist|en bref|l'essentiel|en resumen|em resumo|in breve|in sintesi|kurz gesagt|auf einen blick|коротко|кратко|kısaca|tóm tắt|singkatnya|摘要|要点|导读|太长不看|要約|요약)$`,
);
