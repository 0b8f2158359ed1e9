/**
 * Rules that recognise a whole line as site furniture by its shape. Each rule is
 * general (what tickers, prompts, credits and labels look like on any news site),
 * never a list of one scrape's exact strings.
 */
import { isCounter, isEmbedNotice, isRelativeTime, isWeatherLine } from './embed-rules';
import { ARTICLE_NOUNS, CREDIT_LABELS, LISTEN_STEMS, PAYWALL_WORDS, POLL_LABELS, PROMPT_VERB_STEMS, READ_ALSO_LABELS, RIGHTS_RESERVED, SYNDICATION_WORDS, phraseAlternation } from './furniture-words';
import type { RemovalReason } from '../schema';
import { endsSentence, hasCase, isTitleShaped, wordCount } from './text-shape';

const PROMPT_VERB = new RegExp(`^(?:${phraseAlternation(PROMPT_VERB_STEMS)})`, 'iu');
const READ_ALSO = phraseAlternation(READ_ALSO_LABELS);
const CREDIT = phraseAlternation(CREDIT_LABELS);
const PAYWALL = new RegExp(`(?<!\\p{L})(?:${phraseAlternation(PAYWALL_WORDS)})`, 'iu');
const SYNDICATION = new RegExp(`(?<!\\p{L})(?:${phraseAlternation(SYNDICATION_WORDS)})`, 'iu');
const ARTICLE_NOUN = new RegExp(`(?<!\\p{L})(?:${phraseAlternation(ARTICLE_NOUNS)})`, 'iu');
const RIGHTS = new RegExp(`(?<![\\p{L}\\p{M}])(?:${phraseAlternation(RIGHTS_RESERVED)})`, 'iu');
const POLL = new RegExp(`^(?:${phraseAlternation(POLL_LABELS)})\\s*:`, 'iu');
const SOCIAL = /(?<!\p{L})(?:facebook|telegram|twitter|x\.com|youtube|instagram|tiktok|viber|whatsapp|vk|vkontakte|вконтакте|odnoklassniki|linkedin|threads|rss)(?!\p{L})/iu;

/**
 * `firstWords` rules read a label or verb at the start of the line: they never remove a line that
 * reads as a sentence (see line-evidence.ts). `weak` ones are a single signal: between two
 * paragraphs of the story such a line stays (extract-story.ts), elsewhere its position agrees.
 */
type LineRule = { reason: RemovalReason; test: (line: string) => boolean; firstWords?: true; weak?: true };

const BULLETS = /^[•·▪►▲▼\-–*|]+\s*/u;

/** A ticker line: only numbers, currency signs, +/-/% changes, arrows and short codes, with at least one figure. */
export function isTickerLine(line: string): boolean {
  const t = line.replace(BULLETS, '');
  if (!/\d[.,]\d|\d\s*%/.test(t)) return false;
  const rest = t
    .replace(/[+\-−–]?\d+(?:[.,]\d+)*\s*%?/g, ' ')
    .replace(/[$€£¥₽₴฿%▲▼↑↓•·|()\/]/gu, ' ')
    .replace(/\b[\p{Lu}]{1,4}\b/gu, ' ');
  return rest.trim() === '';
}

/** Objects a share/follow/subscribe prompt addresses: the site ("us", "our"), its channels and letters, in the archive's languages. */
const PROMPT_OBJECT = /(?<!\p{L})(?:us|our|newsletter|channel|feed|uns|unseren?|nous|notre|nos|nos|nuestro|nuestra|nuestros|ci|nostro|nostra|ons|onze|nosso|nossa|kami|нас|наш|нашем|наши|нашим|нам|nas|nasz|naszym|mus|kanal|kanał|канал|каналу?|рассылк|розсилк|newslett)/iu;

/** A paywall notice ("Cet article est réservé aux abonnés…"), a reader poll ("Umfrage: …?"), a syndication note or a skip link: whole phrases, not first words. */
export function isSiteNotice(line: string): boolean {
  const t = line.trim();
  const n = wordCount(t);
  // Skip links: "Skip to content", "Zum Inhalt springen", "Direkt zum Inhalt", "Aller au contenu", "Hoppa till innehåll", "Перейти к содержанию".
  if (n <= 5 && /^(?:skip|jump|go) to\b|^(?:zum|zur) \p{L}+ springen$|^aller au\b|^saltar a\b|^vai al\b|^ga naar\b|^(?:pular|ir) para\b|^langsung ke\b|^перейти к\b|^перейти до\b|^перайсці да\b|^przejdź do\b|^direkt zu[mr] (?:haupt)?inhalt|^(?:hoppa|gå) till (?:huvud)?innehåll|^přejít na (?:hlavní )?obsah|^preskočiť na (?:hlavný )?obsah|^ugrás a (?:fő)?tartalom|^sari (?:direct )?la conținut|^ir al contenido|^[iİ]çeriğe (?:geç|atla)(?!\p{L})|^(?:прескочи|пропусни)(?: към| на)? (?:съдържание|садржај)|^siirry (?:pää)?sisältöön|^μετάβαση στο (?:κύριο )?περιεχόμενο/iu.test(t)) return true;
  if (n <= 30 && PAYWALL.test(t)) return true;
  // A reader poll asks ("Umfrage: Fühlen Sie sich bedroht?") or is its bare label; a headline that reports a poll's
  // result states it ("Sondaggio: il 60% degli italiani favorevole alla leva") and is the story's.
  if (n <= 25 && POLL.test(t) && (/[?？؟;]\s*$/u.test(t) || n <= 3)) return true;
  // A syndication note: "This article first appeared on a partner site." (two signals: the phrase and the noun).
  if (n <= 20 && SYNDICATION.test(t) && ARTICLE_NOUN.test(t)) return true;
  // An advertising slot's label alone on its line, in the archive's languages.
  return (
    n <= 2 &&
    /^(?:ad|ads|advert|advertisement|anzeige|werbung|publicité|publicidad|pubblicità|advertentie|publicidade|iklan|реклама|рэклама|reklama|reklam|annons|annonse|mainos|reklaam|reklāma|hirdetés|publicitate|διαφήμιση|פרסומת|विज्ञापन|إعلان|広告|广告|廣告|რეკლამა)$/iu.test(t)
  );
}

/**
 * A call to action or navigation prompt: "Share:", "Follow us on Telegram", "Show more news",
 * "Subscribe to our newsletter". An opening verb alone never decides: the line must also be
 * the bare verb ("Share", "Share on:"), name a social network, or address the reader on the
 * site's behalf ("us", "our", "channel"); "Follow the money: how Minsk pays" and "Suivez l'argent" are none of these.
 */
export function isSitePrompt(line: string): boolean {
  const t = line.trim().replace(/[»›→>]+$/u, '').trim();
  const n = wordCount(t);
  const bare = n === 1 || (n <= 2 && /[:：]$/u.test(t));
  if (n <= 14 && PROMPT_VERB.test(t) && !endsSentence(t) && (bare || SOCIAL.test(t) || (n <= 6 && PROMPT_OBJECT.test(t)))) return true;
  if (n <= 14 && PROMPT_VERB.test(t) && SOCIAL.test(t) && PROMPT_OBJECT.test(t)) return true;
  // A short line that names social networks and little else: "Facebook · Telegram · Viber".
  if (n <= 16 && SOCIAL.test(t) && !endsSentence(t) && /:|·|•|\||,|\s(?:у|в|in|on|auf|sur|en|na|di)\s/u.test(t)) return true;
  if (n > 6 || endsSentence(t)) return false;
  return (
    /^(show|load|see|view|read) (more|all)(?: (?:news|stories|articles|posts|comments))?\s*[:.]?$/i.test(t) ||
    /^all (news|articles|stories|posts|materials|publications|headlines)$/i.test(t) ||
    /^more (news|stories|articles|headlines)$/i.test(t) ||
    /^more from [\p{Lu}\d][^.]*$/u.test(t) ||
    /^(?:share|print|download|comments?|leave a comment|back to top|advertisement|advert|sponsored)(?: this(?: article| story| page)?)?(?: \(\d+\))?\s*:?$/i.test(t)
  );
}

// The verb's stem and at most three letters of inflection ("poslechněte", "meghallgatom"), not a longer word ("Playoffs").
const LISTEN = new RegExp(`^(?:${phraseAlternation(LISTEN_STEMS)})\\p{L}{0,3}(?![\\p{L}\\p{M}])`, 'iu');
/** A figure and a unit of minutes: "3 min", "4 minute", "3 perc", "2 dk", "3′", "5 мин", "3 دقائق". */
const MINUTES = /(?<![\p{L}\p{N}])\d{1,2}\s*(?:[′']|min\p{L}*|perc\p{L}*|dk|dakika\p{L}*|мин\p{L}*|хв\p{L}*|λεπτ\p{L}*|דק\p{L}*|دقي\p{L}*|دقائق|分)(?![\p{L}\p{N}])/iu;

/**
 * An audio player's label or a reading time over the story: "Listen to this article", "Ascultă știrea", "Přehrát",
 * "Čtení na 3 minuty", "4 min de lectură", "Okuma süresi 3 dakika". A short line and no sentence: a verb of listening
 * or playing at its head, or a few words around a figure of minutes (a story's sentence about minutes is longer).
 */
export function isPlayerOrReadingTime(line: string): boolean {
  const t = line.trim();
  const n = wordCount(t);
  if (n > 5 || endsSentence(t)) return false;
  // Minutes in four words at most, or five behind a label's colon ("Tempo de leitura: 3 minutos").
  const short = n <= 4 || /^[^:]+:/u.test(t);
  return LISTEN.test(t) || (n >= 2 && short && MINUTES.test(t) && !/\d[:.]\d/u.test(t));
}

/**
 * A share bar written on one line without separators: "Facebook X WhatsApp Telegram Copiar link". Two or more
 * networks named, and they make half the words or more; no sentence.
 */
export function isShareBar(line: string): boolean {
  const t = line.trim();
  const ws = t.split(/\s+/u);
  if (ws.length < 3 || ws.length > 10 || endsSentence(t)) return false;
  const named = ws.filter((w) => SOCIAL.test(w));
  return new Set(named.map((w) => w.toLowerCase())).size >= 2 && named.length * 2 >= ws.length;
}

/** A category or tag label: "Category status:", "Tags: Belarus, Russia", "Section: Defence". */
export function isCategoryLabel(line: string): boolean {
  const t = line.trim();
  if (/^(category|categories|section|rubric|tags?|topics?|filed under|keywords)\b[^:]{0,30}:/i.test(t)) return wordCount(t) <= 12;
  return isBareLabel(t);
}

/** A few words and a colon alone on a line ("Topics:"): a label, or a heading that introduces a list. */
export function isBareLabel(line: string): boolean {
  const t = line.trim();
  return /^[\p{L} ]{1,40}:$/u.test(t) && wordCount(t) <= 3;
}

/** A photo credit: "Photo: Reuters", "Фото: …", "© AFP", "Photo by X". */
const CREDIT_LINE = new RegExp(`^(?:${CREDIT})\\.?\\s*(?:by\\b|von\\b|par\\b|:|©|/)`, 'iu');
const TRAILING_CREDIT = new RegExp(`[(\\[](?:${CREDIT})\\.?\\s*(?::|©|by\\b)[^()\\[\\]]{1,80}[)\\]]$`, 'iu');

const CREDIT_ABBREVIATION = new RegExp(`^(?:${CREDIT})\\.\\s+(?=\\S)`, 'iu');
const CREDIT_AFTER_SEPARATOR = new RegExp(`[/|·•,]\\s*(?:${CREDIT})\\.?\\s*:`, 'iu');
const CAPTION_CREDIT = new RegExp(`[.!?]\\s+(?:${CREDIT})\\s*:\\s*[^.:]{1,50}$`, 'iu');

// A credit set apart in brackets, the whole line: "(foto ANSA)", "[Foto: Reuters]", "(video)".
const BRACKETED_CREDIT = new RegExp(`^[(\\[]\\s*(?:${CREDIT})(?![\\p{L}\\p{M}])[^()\\[\\]]{0,60}[)\\]]$`, 'iu');
// A credit label alone on its line: "Ilustrační foto", "Foto", "Video", what is left of a picture's frame.
const LONE_CREDIT_LABEL = new RegExp(`^(?:${CREDIT})\\s*:?$`, 'iu');

/** A photo or video credit: "Photo: Reuters", "Фота: …", "Видео: YouTube / …", "© AFP", or a caption ending "(Photo: X)". */
export function isPhotoCredit(line: string): boolean {
  const t = line.trim();
  const n = wordCount(t);
  if (n <= 10 && BRACKETED_CREDIT.test(t)) return true;
  if (n <= 2 && LONE_CREDIT_LABEL.test(t)) return true;
  // "Fot. PAP/EPA": an abbreviated label, then a capitalised name.
  const abbreviated = CREDIT_ABBREVIATION.exec(t);
  if (n <= 10 && CREDIT_AFTER_SEPARATOR.test(t)) return true;
  if (n <= 14 && (CREDIT_LINE.test(t) || (abbreviated && /^\p{Lu}/u.test(t.slice(abbreviated[0].length))) || /^©/u.test(t))) return true;
  // A short caption that ends with its credit: "… at a parade. (Photo: Agency)", "… at a parade. Bild: Agency", "… at a parade. - Agency".
  if (n <= 60 && TRAILING_CREDIT.test(t)) return true;
  return n <= 25 && (CAPTION_CREDIT.test(t) || /[.!?]\s+[—–-]\s+\p{Lu}[\p{L}.&]*(?:\s+\p{Lu}[\p{L}.&]*){0,2}$/u.test(t));
}

const BARE_CREDIT = new RegExp(`^(?:${CREDIT})\\s+\\p{Lu}[\\p{L}\\p{M}.&-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.&-]*)?$`, 'iu');

/**
 * A credit label and a name with no colon, alone on a line: "Foto Ansa", "Fotó MTI", "Bild TT". Without the colon
 * the shape is weaker (a subheading may open with such a word), so the rule is weak: between two paragraphs it stays.
 * The name is tested without the `i` flag (under it \p{Lu} matches lower case too).
 */
export function isBareCredit(line: string): boolean {
  const t = line.trim();
  if (wordCount(t) > 3 || !BARE_CREDIT.test(t)) return false;
  const name = t.replace(/^\S+\s+/u, '');
  return /^\p{Lu}/u.test(name) && name.split(/\s+/u).every((w) => /^\p{Lu}/u.test(w));
}

const GALLERY_PAGER = new RegExp(`^(?:${CREDIT})\\s+\\d{1,3}\\s*(?:/|\\p{L}{1,4}\\.?)\\s*\\d{1,3}$`, 'iu');

/**
 * A gallery's pager: a picture label, then "n of m" ("Bild 1 av 4", "Foto 2 din 5", "Photo 3/12", "Снимка 1 от 6"). Two
 * signals in one short line: the label of a picture, and a figure over a figure with at most a short word between.
 */
export function isGalleryPager(line: string): boolean {
  return GALLERY_PAGER.test(line.trim());
}

/** A heading that introduces a block of links to other stories: "Similar articles", "Read also", "Related". */
export function isRelatedMarker(line: string): boolean {
  const t = line.trim().replace(/\s*:$/, '');
  if (wordCount(t) > 5) return false;
  if (new RegExp(`^(?:${READ_ALSO})$`, 'iu').test(t)) return true;
  return /^(similar|related|recommended|more on (this|the) (topic|subject|story)|read also|see also|also read|you may also like|other news on (the|this) topic|по теме|читайте также)(\s+(articles|stories|news|posts|content|reading|materials|for you))?$/iu.test(t);
}

/** A single "Read also: <headline>" line: a link to another story inside the text. */
// The label then a separator, or straight on with another story's capitalised headline ("À lire aussi Ukraine : …").
// The label is matched without regard to case; what follows is tested without the `i` flag, under which \p{Lu} matches lower case too.
const INLINE_LABEL = new RegExp(`^(?:${READ_ALSO})`, 'iu');

/** A single "Read also: <headline>" line in any language ("Lire aussi :", "Czytaj też:", "Читайте також:"). */
export function isInlineRelatedLink(line: string): boolean {
  const t = line.trim();
  const label = INLINE_LABEL.exec(t);
  if (!label) return false;
  const rest = t.slice(label[0].length);
  return /^\s*[:：—–|-]\s*\S/u.test(rest) || /^\s+["“«„]?\p{Lu}/u.test(rest);
}

/**
 * A "Read also" link by two agreeing signals: the label, then a separator (colon, dash, bar) and a
 * headline (no full stop at its end), or the label straight on with a capitalised headline. A sentence
 * never opens "Read also:", so this goes even when the headline reads like a sentence, and even inside the story.
 */
export function isTitledRelatedLink(line: string): boolean {
  const t = line.trim();
  const label = INLINE_LABEL.exec(t);
  if (!label) return false;
  const after = t.slice(label[0].length);
  // Straight on with a capitalised headline ("À lire aussi Ukraine : Kiev renforce…"): the headline's shape is the second signal.
  if (/^\s+["“«„]?\p{Lu}/u.test(after)) return isTitleShaped(after);
  if (!/^\s*[:：—–|-]\s*\S/u.test(after)) return false;
  const rest = after.replace(/^\s*[:：—–|-]\s*/u, '');
  return isTitleShaped(rest) || /[?？!！]["”»]?$/u.test(rest);
}

/**
 * A link to another story shouted in capitals behind a short label: "İLGİLİ HABER: DENİZALTI PROJESİNDE YENİ AŞAMA",
 * "CITEȘTE ȘI: …", in any cased script and without a word table. Three signals agree: every cased letter is a
 * capital (a story's subheading has lower case, or no label), a label of one to three words before a colon, and
 * a headline after it (title-shaped, no sentence end).
 */
export function isShoutedRelatedLink(line: string): boolean {
  const t = line.trim();
  const m = /^([\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,2})\s*:\s*(\S.*)$/u.exec(t);
  if (!m || wordCount(m[2]!) < 2 || !isTitleShaped(m[2]!)) return false;
  const cased = [...t].filter((c) => hasCase(c));
  return cased.length >= 8 && cased.every((c) => c === c.toUpperCase());
}

/** A copyright line: "© 2019 …", "(c) 2019 Site", "Copyright 2019": a certain shape, whatever follows. */
export function isCopyrightLine(line: string): boolean {
  const t = line.trim();
  return wordCount(t) <= 40 && /^(?:©|\(c\)\s*\d{4}|copyright\b)/iu.test(t);
}

/**
 * A short rights notice without a © sign: "Tüm hakları saklıdır. İzinsiz kullanılamaz.", "Toate drepturile rezervate.".
 * Two signals: the reserved-rights phrase, and a line too short to be a sentence of the story that quotes it (under
 * eight words: a sentence-like line of the story is never read by this rule, see furnitureVerdict).
 */
export function isRightsNotice(line: string): boolean {
  const t = line.trim();
  return wordCount(t) < 8 && RIGHTS.test(t);
}

/** A menu written on one line: short items between separators, "Home | World | Belarus". */
export function isInlineMenu(line: string): boolean {
  const items = line.split(/\s+[|•·/»›>→]\s+|\s*\|\s*/u).filter((s) => s.trim() !== '');
  // Breadcrumbs use chevrons and may hold the story's own title as their last crumb: "Home › World › Minsk unveils…".
  const crumbs = line.split(/\s*[»›>→]\s*/u).filter((s) => s.trim() !== '');
  if (crumbs.length >= 3 && crumbs.slice(0, -1).every((c) => wordCount(c) <= 3)) return true;
  return items.length >= 3 && items.every((item) => wordCount(item) <= 3 && !endsSentence(item));
}

/** A line with no letter and no digit ("''.", "* * *", "—"): what a scraper leaves of a link, an icon or a rule. */
export function isLetterless(line: string): boolean {
  return !/[\p{L}\p{N}]/u.test(line);
}

const RULES: LineRule[] = [
  { reason: 'navigation', test: isLetterless },
  { reason: 'navigation', test: isInlineMenu },
  { reason: 'weather', test: isWeatherLine },
  { reason: 'relative-time', test: isRelativeTime },
  { reason: 'counter', test: isCounter },
  { reason: 'counter', test: isGalleryPager },
  { reason: 'embed', test: isEmbedNotice },
  { reason: 'ticker', test: isTickerLine },
  { reason: 'site-prompt', test: isSiteNotice },
  { reason: 'photo-credit', test: isPhotoCredit, firstWords: true },
  { reason: 'photo-credit', test: isCopyrightLine },
  { reason: 'site-prompt', test: isRightsNotice, firstWords: true },
  { reason: 'photo-credit', test: isBareCredit, firstWords: true, weak: true },
  { reason: 'related-block', test: isTitledRelatedLink },
  { reason: 'related-block', test: isShoutedRelatedLink, firstWords: true },
  { reason: 'related-block', test: isInlineRelatedLink, firstWords: true, weak: true },
  { reason: 'site-prompt', test: isSitePrompt, firstWords: true },
  { reason: 'site-prompt', test: isShareBar },
  { reason: 'embed', test: isPlayerOrReadingTime, firstWords: true, weak: true },
  { reason: 'category-label', test: (l) => isCategoryLabel(l) && !isBareLabel(l), firstWords: true },
  { reason: 'category-label', test: isBareLabel, firstWords: true, weak: true },
];

/** Why a line is furniture, and whether that is a single weak signal (see LineRule). */
export type FurnitureVerdict = { reason: RemovalReason; weak: boolean };

/**
 * Why a line is site furniture wherever it stands, or null when it may be the article's own text.
 * A sentence-like line (`sentenceLike`, from line-evidence.ts; asked only when a first-words rule
 * matches, since measuring costs more than the rules) is judged by certain shapes only.
 */
export function furnitureVerdict(line: string, sentenceLike: () => boolean = () => false): FurnitureVerdict | null {
  for (const rule of RULES) {
    if (!rule.test(line)) continue;
    if (rule.firstWords && sentenceLike()) continue;
    return { reason: rule.reason, weak: rule.weak === true };
  }
  return null;
}

/** The reason a line is site furniture wherever it stands, or null when it may be the article's own text. */
export function classifyFurniture(line: string, sentenceLike = false): RemovalReason | null {
  return furnitureVerdict(line, () => sentenceLike)?.reason ?? null;
}
