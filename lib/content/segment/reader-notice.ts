/**
 * Notices to the reader printed under a story: "Follow us on Google News…", "If you liked the article, follow
 * us on Facebook!", "All rights reserved, no reuse without permission.", "Found a mistake? Select it and press
 * Ctrl+Enter." They read as sentences, so the
 * last-prose rule alone takes them into the story; layout.ts cuts them only where two signals agree: one of
 * these words, and their place after the story's text with nothing but such notices and furniture below.
 */
import { ARTICLE_NOUNS, DOWNLOAD_VERB_STEMS, PAYWALL_WORDS, PROMPT_VERB_STEMS, RIGHTS_RESERVED, phraseAlternation } from './furniture-words';
import { wordCount, words } from './text-shape';

const wordStart = (list: string[]) => new RegExp(`(?<![\\p{L}\\p{M}])(?:${phraseAlternation(list)})`, 'iu');

// Only the prompt phrases that name their object ("follow us", "kövess minket", "takip edin"), wherever they stand
// in the line: a bare verb stem ("del", "siga", "join") starts too many words of running text to be read mid-line.
const ADDRESS = wordStart(PROMPT_VERB_STEMS.filter((s) => /[\s-]/u.test(s)));
const OPENING_VERB = new RegExp(`^(?:${phraseAlternation(PROMPT_VERB_STEMS)})`, 'iu');
const PAYWALL = wordStart(PAYWALL_WORDS);
const RIGHTS = wordStart(RIGHTS_RESERVED);
// A platform a site asks to be followed on, or its app downloaded from; a suffix of a few letters is an inflection
// ("Facebookon", "WhatsApp'tan").
const PLATFORM = /(?<![\p{L}\p{M}])(?:google\s+\p{Lu}\p{L}+|app\s*store|appgallery|android|ios|facebook|telegram|whatsapp|instagram|youtube|tiktok|viber|twitter|linkedin|threads|дзен|вконтакте)\p{L}{0,4}(?![\p{L}\p{M}])/iu;

// A keyboard chord ("Ctrl+Enter", "Strg + Enter", "⌘+K"): the page telling its reader which keys to press, in any
// language; a story that explains a shortcut stays, as the notice needs its place under the text as well (layout.ts).
const KEY_CHORD = /(?<![\p{L}\p{N}])(?:ctrl|control|strg|alt|shift|cmd|⌘)\s*\+\s*[\p{L}\p{N}]/iu;

const ARTICLE_NOUN = wordStart(ARTICLE_NOUNS);
const DOWNLOAD_VERB = new RegExp(`^(?:${phraseAlternation(DOWNLOAD_VERB_STEMS)})`, 'iu');

/** Languages a site offers its stories in. */
const OFFERED_LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'pt', 'ru', 'uk', 'ar', 'zh', 'tr', 'pl', 'ro', 'hu', 'cs', 'bg', 'sv', 'el', 'he', 'ja', 'sr', 'hr'];
/** The locales their names are written in: the archive's languages. */
const NAMING_LOCALES = [...OFFERED_LANGUAGES, 'nl', 'be', 'lt', 'lv', 'et', 'fi', 'da', 'no', 'sk', 'sl', 'ka', 'hi', 'id', 'fa', 'ko', 'vi'];

let languageStems: Set<string> | null = null;

/**
 * Stems of language names in every locale of the archive, from the platform's own table (Intl.DisplayNames): the name
 * less its last letter, so an inflected form matches ("angličtina" → "angličtině", "English" → "English").
 */
function namesALanguage(text: string): boolean {
  if (languageStems === null) {
    languageStems = new Set();
    for (const locale of NAMING_LOCALES) {
      const names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
      for (const code of OFFERED_LANGUAGES) {
        const name = names.of(code);
        if (name && !/\s/u.test(name) && name.length >= 5) languageStems.add(name.toLowerCase().slice(0, -1));
      }
    }
  }
  const stems = languageStems;
  return words(text).some((w) => {
    const lower = w.toLowerCase();
    for (let cut = lower.length; cut >= Math.max(4, lower.length - 4); cut--) if (stems.has(lower.slice(0, cut))) return true;
    return false;
  });
}

/**
 * How strongly one line reads as a notice to the reader: 'strong' on its own words, 'platform' when it only names a
 * platform or app store, 'mention' when it names a language (as "This article is also available in English." does, and
 * as a story may: weaker than a platform, it is never taken for an outlet's platform), or null.
 */
export function readerNotice(text: string): 'strong' | 'platform' | 'mention' | null {
  const t = text.trim();
  if (wordCount(t) > 30) return null;
  if (ADDRESS.test(t) || RIGHTS.test(t) || PAYWALL.test(t) || KEY_CHORD.test(t)) return 'strong';
  const platform = PLATFORM.test(t);
  // A verb of sharing or following, or of downloading, at the head of the line and a platform or app store named:
  // "Follow us on Telegram", "Descarcă aplicația din App Store și Google Play."
  if (platform && (OPENING_VERB.test(t) || DOWNLOAD_VERB.test(t))) return 'strong';
  if (platform) return 'platform';
  const language = wordCount(t) <= 15 && namesALanguage(t);
  // The story itself offered in another language: "Тази статия е достъпна и на английски език.", "Read this article in English."
  if (language && ARTICLE_NOUN.test(t)) return 'strong';
  return language ? 'mention' : null;
}

/** Whether a line opens with a verb of sharing, following or subscribing ("Iscriviti alla newsletter", "Follow us"). */
export function opensWithPromptVerb(text: string): boolean {
  return OPENING_VERB.test(text.trim());
}
