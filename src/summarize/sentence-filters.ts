import { countWords } from './tokenize';

/** Why a sentence may not become a key point, or null when it may. */
export type UnfitReason =
  | 'promo'
  | 'see-also'
  | 'caption'
  | 'byline'
  | 'disclaimer'
  | 'question'
  | 'too-short'
  | 'too-long'
  | 'lead-in'
  | 'fragment';

/** Sentences outside this word range read as fragments or as walls of text in the panel. */
export const MIN_WORDS = 6;
export const MAX_WORDS = 60;

import { CALL_TO_ACT_PHRASES } from '../clean/promo-patterns';
import { wordRegex } from './word-pattern';

export { wordRegex, type WordPattern } from './word-pattern';

// Calls to action (the list hiding reads too) and offers, in the languages of the exchanges' news editions.
const PROMO = wordRegex(
  [
    ...CALL_TO_ACT_PHRASES,
    String.raw`\bsign[- ]?up\b`,
    String.raw`\bregister (?:now|today|here|for free)\b`,
    String.raw`\b(?:trade|buy|deposit|claim|join|subscribe|download|bet|stake|start trading) now\b`,
    String.raw`\bjoin (?:us|our|the community|a premium|today)\b`,
    String.raw`\bsubscribe (?:to (?:our|the)|for)\b`,
    String.raw`\bdownload (?:the|our) app\b`,
    String.raw`\b(?:app store|google play)\b`,
    String.raw`\b(?:welcome|deposit|sign-?up|trading) (?:bonus|gift|reward)s?\b`,
    String.raw`\bbonus\b`,
    String.raw`\bpromo(?:tion(?:al)?)? code\b`,
    String.raw`\breferral\b`,
    String.raw`\b\d+(?:[.,]\d+)?\s?%\s?(?:apr|apy)\b`,
    String.raw`\b(?:apr|apy) (?:of |up to )?\d`,
    String.raw`\bwebinar\b`,
    String.raw`\btake (?:this|our|the) (?:free |short )?quiz\b`,
    String.raw`\bnormally \$\d`,
    String.raw`\bfollow us on\b`,
    String.raw`\bnewsletter\b`,
    String.raw`\blimited[- ]time offer\b`,
    // fr / es / pt / it
    String.raw`\btéléchargez l'app`,
    String.raw`\biscriviti\b`,
    // de
    String.raw`\bjetzt (?:handeln|registrieren|kaufen|anmelden|investieren|sichern)\b`,
    String.raw`\bstartguthaben\b`,
    String.raw`\b(?:unserem|unseres) partner`,
    String.raw`\(anzeige\)`,
    // ru / uk
    String.raw`скачайте приложение`,
    String.raw`торгуйте`,
    String.raw`бонус`,
    // zh / ja / ko
    String.raw`立即(?:交易|注册|下载|购买)`,
    String.raw`下载\s*\S*\s*app`,
    String.raw`注册(?:即|领取|送)`,
    String.raw`赠金`,
    String.raw`返佣`,
    String.raw`今すぐ(?:登録|取引|ダウンロード)`,
    String.raw`ボーナス`,
    String.raw`보너스`,
    String.raw`\bbono de\b`,
  ].join('|'),
);

const SEE_ALSO =
  /^\s*(?:see also|read more|read also|also read|related(?: reading| articles?)?|recommended(?: reading)?|more on this|lire aussi|à lire aussi|voir aussi|lea también|leer más|ver también|lesen sie auch|siehe auch|mehr zum thema|leia também|leggi anche|читайте также|см\. также|по теме|читайте нас|延伸阅读|相关阅读|推荐阅读|阅读更多|関連記事|あわせて読みたい|함께 보면)\s*[:：-]?/iu;

const CAPTION = wordRegex(
  String.raw`^\s*(?:\(?(?:photo|image|picture|illustration|chart|graph|graphic|video|credit|source|via|foto|photo credit|image source|image credit|imagen|fuente|quelle|bild|grafik|источник|фото|изображение|图片|来源|图源|資料來源|出典|画像)\b\s*(?:by|credit|source|courtesy|:|：|-))|(?:\b(?:source|quelle|fuente|источник|来源|出典)\s*[:：]\s*[^.!?。]{0,60}[.。]?\s*$)|\b(?:shutterstock|getty images|unsplash|adobe stock)\b|\b(?:ap |afp |reuters )?(?:photo|foto|bild|image|imagen|crédit|credit)s?\s*[:/]|/\s?(?:getty|reuters|afp|dpa|epa|bloomberg|ap)\b`,
);

const DISCLAIMER = wordRegex(
  String.raw`\b(?:disclaimer|not (?:financial|investment|trading) advice|(?:does|do) not constitute (?:financial |investment |any )?(?:advice|recommendation)|for informational purposes only|do your own research|dyor|risk warning|avertissement|ne constitue pas un conseil|aviso legal|no constituye (?:un )?(?:asesoramiento|consejo)|haftungsausschluss|keine anlageberatung|risikohinweis|отказ от ответственности|не является (?:инвестиционной|финансовой) рекомендацией|не является инвестиционным советом)|免责声明|不构成(?:任何)?投资建议|风险提示|免責事項`,
);

/** A byline with its date: "By Jane Doe | November 18, 2019 at 2:26 PM", "Par … le 3 mars 2024". */
const BYLINE_START = /^(?:by|par|von|por|di|door|przez|od|автор|作者)[\s:：]/iu;
const DATE_OR_TIME = /\b(?:1[89]|20)\d\d\b|\b\d{1,2}:\d{2}\b/u;
/** An update or publication notice: "Article mis à jour le 7 janvier 2020.", "Updated: Nov. 18, 2019 2:26 PM". */
const UPDATE_NOTICE =
  /^(?:(?:article|story|post|page|artikel|artículo|articolo|notícia|matéria|статья|makale)\s+)?(?:last\s+|zuletzt\s+)?(?:updated|published|posted|modified|mis à jour|publié|modifié|actualizado|publicado|atualizado|aggiornato|pubblicato|aktualisiert|veröffentlicht|bijgewerkt|gepubliceerd|обновлено|опубликовано|güncellendi|yayınlandı|更新|发布|發佈|公開)(?=[\s:：,]|$)/iu;
/** A notice is a line, not a paragraph: past this many words it is a sentence about a publication. */
const MAX_NOTICE_WORDS = 12;
/** What joins the names of a byline: "Jan Lukas Strozyk und Benedikt Strunz", "Ursula von der Leyen". */
const NAME_JOINER =
  /^(?:and|und|et|y|e|i|en|og|och|ve|và|dan|и|та|&|van|von|der|den|de|du|des|da|do|dos|di|del|della|la|le|al|bin|ibn|ter|zu)$/iu;
/**
 * Sentence-final punctuation (Latin, Cyrillic, CJK, Devanagari, Arabic, Armenian, Ethiopic, Myanmar) or a
 * closing quote (quoted speech may end without a stop), then any closers. A bare ")" or "]" ends a
 * recipe line or a spec, not a sentence ("… (or 1 tsp. nut butter and 8 oz. water)").
 */
export const SENTENCE_END = /(?:[.!?。！？…।॥؟۔։።။]|[»"”’」』])[\s"'”’»)\]」』）】]*$/u;
/** Japanese asks with the final particle か and often ends the question with 。 ("ではなぜ…なるのでしょうか。"). */
const JAPANESE_QUESTION = /\p{Script=Hiragana}か[。．]?[」』]*$/u;
/** Scripts written without sentence-final punctuation: there a missing stop says nothing. */
const UNPUNCTUATED_SCRIPT = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}]/u;
/** A label, a colon, then a list of short items: "Portion Fix Containers: 1 Green, 1 Red, 1 Yellow, 1 tsp." */
const SPEC_LINE = /^([^:：]{1,40})[:：]\s*(.+)$/u;
const SPEC_MAX_LABEL_WORDS = 4;
const SPEC_MAX_ITEM_WORDS = 3;
const SPEC_MIN_ITEMS = 3;

/**
 * A byline without a date: the opener then names only ("Von Volkmar Kabisch, Jan Lukas Strozyk und
 * Benedikt Strunz, NDR"): every word capitalised or a joiner. A sentence has a verb, written in
 * lower case even in German ("Von Januar bis März stiegen die Preise").
 */
function isNameList(text: string): boolean {
  const rest = text.replace(BYLINE_START, '');
  const words = rest.split(/[\s,;|·/]+/u).filter((w) => /\p{L}/u.test(w));
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w) || NAME_JOINER.test(w));
}

/** A list set out as a line ("Label: a, b, c."): short comma-separated items, no clause among them. */
function isSpecLine(text: string): boolean {
  const m = SPEC_LINE.exec(text);
  if (!m?.[1] || !m[2]) return false;
  const wordsOf = (part: string) => part.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (wordsOf(m[1]) > SPEC_MAX_LABEL_WORDS) return false;
  const items = m[2].split(/[,;、，]/u).filter((item) => item.trim());
  return items.length >= SPEC_MIN_ITEMS && items.every((item) => wordsOf(item) <= SPEC_MAX_ITEM_WORDS);
}

/**
 * Not a sentence: no sentence-final punctuation (a heading, a caption, an instruction line, a line cut
 * by the page's markup) or a list set out as a line.
 */
function isFragment(text: string): boolean {
  if (!SENTENCE_END.test(text) && !UNPUNCTUATED_SCRIPT.test(text)) return true;
  return isSpecLine(text);
}

/** Why this sentence must not be picked as a key point, or null when it may. */
export function unfitReason(sentence: string, lang: string): UnfitReason | null {
  const text = sentence.trim();
  if (SEE_ALSO.test(text)) return 'see-also';
  if (DISCLAIMER.test(text)) return 'disclaimer';
  if (PROMO.test(text)) return 'promo';
  if (CAPTION.test(text)) return 'caption';
  // A web address in a sentence: a shopping list of links or a spec line, not a point.
  if (/\bhttps?:\/\/|\bwww\.[a-z0-9-]+\./i.test(text)) return 'see-also';
  if (BYLINE_START.test(text) && (DATE_OR_TIME.test(text) || isNameList(text))) return 'byline';
  if (UPDATE_NOTICE.test(text) && DATE_OR_TIME.test(text) && countWords(text, lang) <= MAX_NOTICE_WORDS) {
    return 'byline';
  }
  if (/[?？]["”»’)]*$/u.test(text) || JAPANESE_QUESTION.test(text)) return 'question';
  if (/[:：]$/u.test(text)) return 'lead-in';
  if (isFragment(text)) return 'fragment';
  const words = countWords(text, lang);
  if (words < MIN_WORDS) return 'too-short';
  if (words > MAX_WORDS) return 'too-long';
  return null;
}

/** True when a text is, or carries, a caption or a photo credit. */
export function isCaption(text: string): boolean {
  return CAPTION.test(text);
}

/** True when a text reads as a promotion (used for publisher key points too). */
export function isPromotional(text: string): boolean {
  return PROMO.test(text);
}
