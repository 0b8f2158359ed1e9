/**
 * Shape rules for the chrome that widgets leave in a scrape: embedded posts and
 * their consent notices, view counters, weather widgets and relative
 * timestamps. Each is recognised by its shape (a short line, a figure with a
 * word or symbol, a handle in brackets) and the general vocabulary in
 * furniture-words.ts, in any of the archive's languages.
 */
import { AGO, CONSENT_WORDS, EMBED_NOUNS, EMBED_VERBS, RELATIVE_DAY_WORDS, UNAVAILABLE_WORDS, phraseAlternation } from './furniture-words';
import { endsSentence, wordCount, words } from './text-shape';

const startOfWord = (list: string[]) => new RegExp(`(?<![\\p{L}])(?:${phraseAlternation(list)})`, 'iu');
const CONSENT = startOfWord(CONSENT_WORDS);
const CONSENT_ALL = new RegExp(CONSENT.source, 'giu');
const UNAVAILABLE = startOfWord(UNAVAILABLE_WORDS);
const NOUN = startOfWord(EMBED_NOUNS);
const VERB = startOfWord(EMBED_VERBS);
const CONNECTORS = new Set(['and', 'und', 'et', 'y', 'e', 'i', 'en', 'dan', 'и', 'і', 'on', 'in', 'auf', 'sur', 'en', 'su', 'op', 'na', 'di', 'в', 'у', 'на', 'this', 'the', 'cette', 'diesen', 'цей', 'этот', 'гэты', 'ten']);

/**
 * Whether a consent word ("cookie", "Datenschutz", "external content") is enough to call the line a consent notice. On a
 * short line or one that is no sentence it is. A sentence of the story may name data protection once ("Die
 * Datenschutzbehörde verhängte…"), so a finished sentence of eight words or more needs a second signal: a second
 * consent word, or an embed's noun or a show/accept verb ("…dass mir externe Inhalte angezeigt werden.").
 */
export function consentAgrees(t: string, n = wordCount(t)): boolean {
  if (n < 8 || !endsSentence(t)) return true;
  const found = new Set((t.match(CONSENT_ALL) ?? []).map((m) => m.toLowerCase()));
  if (found.size >= 2) return true;
  const ws = words(t);
  // The word itself, inflected by a few letters at most: a short stem ("ver", "post") starts too many other words.
  const whole = (re: RegExp, w: string) => (re.exec(w)?.[0].length ?? -9) >= w.length - 3;
  return ws.some((w) => (w.length >= 4 && whole(NOUN, w)) || whole(VERB, w));
}

/**
 * An embed or its consent notice: any line of up to 40 words with consent vocabulary
 * ("cookie", "third party", "externer Inhalt", "недоступно"); a line up to 6 words made only of
 * show/accept verbs and post/platform nouns ("Show Tweet", "Zaakceptuj i wyświetl",
 * "Переглянути цей допис в Instagram"); or an attribution with a handle in brackets ("… (@name)").
 */
export function isEmbedNotice(line: string): boolean {
  const t = line.trim();
  const n = wordCount(t);
  if (n > 40) return false;
  if (CONSENT.test(t) && consentAgrees(t, n)) return true;
  if (n <= 25 && UNAVAILABLE.test(t) && words(t).some((w) => w.length >= 4 && NOUN.test(w))) return true;
  // A tweet's attribution ("— Name (@handle) March 4, 2019") or its picture link.
  if (n <= 15 && /\(@[\p{L}\p{N}_.]+\)\s*$/u.test(t)) return true;
  if (n <= 20 && /^[—–-]/u.test(t) && /\(@[\p{L}\p{N}_.]+\)/u.test(t)) return true;
  if (/(?:^|\s)(?:pic\.twitter\.com|t\.co)\/\S+$/u.test(t)) return true;
  if (n > 6 || /[.!?]$/u.test(t)) return false;
  const ws = words(t);
  const kinds = ws.map((w) => (NOUN.test(w) && w.length >= 4 ? 'noun' : VERB.test(w) ? 'verb' : CONNECTORS.has(w.toLowerCase()) ? 'link' : /^\p{Lu}/u.test(w) && ws.length > 2 ? 'name' : 'other'));
  if (kinds.includes('other')) return false;
  // "Tweet" alone, a verb with a noun ("Show Tweet"), two verbs ("Accept and show") or two nouns ("Post on platform X").
  const nouns = kinds.filter((k) => k === 'noun').length;
  return (nouns > 0 && (n === 1 || kinds.includes('verb'))) || nouns >= 2 || kinds.filter((k) => k === 'verb').length >= 2;
}

/** A counter: "👁 3 214", "Comments 14", "1 234 views", "Просмотров: 1234" — a figure with at most one word or a symbol. */
export function isCounter(line: string): boolean {
  const t = line.trim();
  if (t.length > 30 || !/\d/.test(t)) return false;
  const figure = String.raw`(?:\d{1,3}(?:[\s.,]\d{3})+|\d{1,7})(?:[.,]\d)?\s*[kKMтк]?`;
  return (
    new RegExp(`^[^\\p{L}\\p{N}\\s]{1,3}\\s*${figure}$`, 'u').test(t) ||
    new RegExp(`^\\p{L}{3,}\\s*:?\\s*${figure}$`, 'u').test(t) ||
    new RegExp(`^${figure}\\s+\\p{L}{3,}$`, 'u').test(t) ||
    new RegExp(`^\\p{L}{3,}\\s+${figure}\\s+\\p{L}{2,}$`, 'u').test(t)
  );
}

/** A weather widget: a temperature with a place name or two ("Київ +7°", "Minsk −3 °C"). */
export function isWeatherLine(line: string): boolean {
  const t = line.trim();
  return wordCount(t) <= 5 && /(?:^|\s)[+\-−–]?\d{1,2}\s*°\s*[CF]?(?:\s|$)/u.test(t);
}

const DAY_WORD = [...RELATIVE_DAY_WORDS].sort((a, b) => b.length - a.length).join('|');
const RELATIVE_DAY = new RegExp(`^(?:${DAY_WORD})(?:\\s*(?:,|at|um|à|a las|alle|om|às|pukul|в|о|у|o)?\\s*\\d{1,2}[:.h]\\d{2})?$`, 'iu');
const AGO_WORD = phraseAlternation(AGO);
const RELATIVE_AGO = new RegExp(`^(?:(?:${AGO_WORD})\\s+\\d{1,3}\\s+\\p{L}{1,12}\\.?|\\d{1,3}\\s+\\p{L}{1,12}\\.?\\s+(?:${AGO_WORD}))$`, 'iu');

/** A relative timestamp: "yesterday, 17:05", "hier, 17:05", "4 hours ago", "2 години тому", "vor 3 Stunden". */
export function isRelativeTime(line: string): boolean {
  const t = line.trim().replace(/[.·•|]+$/u, '').trim();
  if (wordCount(t) > 5) return false;
  return RELATIVE_DAY.test(t) || RELATIVE_AGO.test(t);
}
