/**
 * The site talking to its reader, by shape: share and follow prompts, share bars, paywall and syndication notes,
 * reader polls, skip links, advertising labels, audio players and reading times.
 */
import { ARTICLE_NOUNS, LISTEN_STEMS, PAYWALL_WORDS, POLL_LABELS, PROMPT_VERB_STEMS, SYNDICATION_WORDS, phraseAlternation } from './furniture-words';
import { endsSentence, wordCount } from './text-shape';

const PROMPT_VERB = new RegExp(`^(?:${phraseAlternation(PROMPT_VERB_STEMS)})`, 'iu');
const PAYWALL = new RegExp(`(?<!\\p{L})(?:${phraseAlternation(PAYWALL_WORDS)})`, 'iu');
const SYNDICATION = new RegExp(`(?<!\\p{L})(?:${phraseAlternation(SYNDICATION_WORDS)})`, 'iu');
const ARTICLE_NOUN = new RegExp(`(?<!\\p{L})(?:${phraseAlternation(ARTICLE_NOUNS)})`, 'iu');
const POLL = new RegExp(`^(?:${phraseAlternation(POLL_LABELS)})\\s*:`, 'iu');
const SOCIAL = /(?<!\p{L})(?:facebook|telegram|twitter|x\.com|youtube|instagram|tiktok|viber|whatsapp|vk|vkontakte|вконтакте|odnoklassniki|linkedin|threads|rss)(?!\p{L})/iu;

/** Objects a share/follow/subscribe prompt addresses: the site ("us", "our"), its channels and letters, in the archive's languages. */
const PROMPT_OBJECT = /(?<!\p{L})(?:us|our|newsletter|channel|feed|uns|unseren?|nous|notre|nos|nos|nuestro|nuestra|nuestros|ci|nostro|nostra|ons|onze|nosso|nossa|kami|нас|наш|нашем|наши|нашим|нам|nas|nasz|naszym|mus|kanal|kanał|канал|каналу?|рассылк|розсилк|newslett)/iu;

/** A paywall notice ("Cet article est réservé aux abonnés…"), a reader poll ("Umfrage: …?") or a skip link: whole phrases, not first words. */
export function isSiteNotice(line: string): boolean {
  const t = line.trim();
  const n = wordCount(t);
  // Skip links: "Skip to content", "Zum Inhalt springen", "Direkt zum Inhalt", "Aller au contenu", "Hoppa till innehåll", "Перейти к содержанию".
  if (n <= 5 && /^(?:skip|jump|go) to\b|^(?:zum|zur) \p{L}+ springen$|^aller au\b|^saltar a\b|^vai al\b|^ga naar\b|^(?:pular|ir) para\b|^langsung ke\b|^перейти к\b|^перейти до\b|^перайсці да\b|^przejdź do\b|^direkt zu[mr] (?:haupt)?inhalt|^(?:hoppa|gå) till (?:huvud)?innehåll|^přejít na (?:hlavní )?obsah|^preskočiť na (?:hlavný )?obsah|^ugrás a (?:fő)?tartalom|^sari (?:direct )?la conținut|^ir al contenido|^[iİ]çeriğe (?:geç|atla)(?!\p{L})|^(?:прескочи|пропусни)(?: към| на)? (?:съдържание|садржај)|^siirry (?:pää)?sisältöön|^μετάβαση στο (?:κύριο )?περιεχόμενο/iu.test(t)) return true;
  if (n <= 30 && PAYWALL.test(t)) return true;
  // A reader poll asks ("Umfrage: Fühlen Sie sich bedroht?") or is its bare label; a headline that reports a poll's
  // result states it ("Sondaggio: il 60% degli italiani favorevole alla leva") and is the story's.
  if (n <= 25 && POLL.test(t) && (/[?？؟;]\s*$/u.test(t) || n <= 3)) return true;
  // An advertising slot's label alone on its line, in the archive's languages.
  return (
    n <= 2 &&
    /^(?:ad|ads|advert|advertisement|anzeige|werbung|publicité|publicidad|pubblicità|advertentie|publicidade|iklan|реклама|рэклама|reklama|reklam|annons|annonse|mainos|reklaam|reklāma|hirdetés|publicitate|διαφήμιση|פרסומת|विज्ञापन|إعلان|広告|广告|廣告|რეკლამა)$/iu.test(t)
  );
}

/**
 * A syndication note: "This article first appeared on a partner site.", "Articolul a fost publicat inițial pe…". Two
 * word signals (the phrase and an article noun) in twenty words at most; still one kind of evidence, so the rule is
 * weak (line-rules.ts): between two paragraphs of the story such a sentence stays, at the story's edges its place agrees.
 */
export function isSyndicationNote(line: string): boolean {
  const t = line.trim();
  return wordCount(t) <= 20 && SYNDICATION.test(t) && ARTICLE_NOUN.test(t);
}

/**
 * A call to action or navigation prompt: "Share:", "Follow us on Telegram", "Show more news",
 * "Subscribe to our newsletter". An opening verb alone never decides: the line must also be
 * the bare verb ("Share", "Share on:"), name a social network, the story itself in four words at most ("Dela
 * artikeln"), or address the reader on the site's behalf ("us", "our", "channel"); "Follow the money: how Minsk pays" and "Suivez l'argent" are none of these.
 */
export function isSitePrompt(line: string): boolean {
  const t = line.trim().replace(/[»›→>]+$/u, '').trim();
  const n = wordCount(t);
  const bare = n === 1 || (n <= 2 && /[:：]$/u.test(t));
  // The story itself as the object, in four words at most: "Share this article", "Dela artikeln", "Condividi l'articolo".
  const story = n <= 4 && ARTICLE_NOUN.test(t);
  if (n <= 14 && PROMPT_VERB.test(t) && !endsSentence(t) && (bare || story || SOCIAL.test(t) || (n <= 6 && PROMPT_OBJECT.test(t)))) return true;
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

