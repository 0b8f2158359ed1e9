/**
 * Prefixes written onto the next word, and Korean particles onto the end of
 * the word before them. Arabic and Hebrew join a conjunction,
 * preposition or article to the word after it ("وروسيا" and Russia, "بالصين"
 * in China, "בבלארוס" in Belarus, "והאיחוד" and the Union), so a name is
 * often not a word of its own there. The matcher tries a word as written
 * first, then each reading with a prefix taken off; with the article put back
 * too where a name carries it ("للصين" → "الصين", "מהאיחוד" → "האיחוד").
 */

const arabic = /^[\u0600-\u06FF]/u;
const hebrew = /^[\u0590-\u05FF]/u;

/** Arabic prefixes, longest first: conjunctions و ف, prepositions ب ل ك, and the article ال after them. */
const arabicPrefixes = ['وبال', 'وال', 'بال', 'فال', 'كال', 'ولل', 'لل', 'ال', 'وب', 'ول', 'وك', 'فب', 'فل', 'و', 'ف', 'ب', 'ل', 'ك'];
/**
 * Hebrew prefixes as the grammar chains them: and (ו), that (ש, כש), then one
 * of the (ה), in (ב), to (ל), from (מ), as (כ); "ובהסכם", "שבבלארוס", "ומהאיחוד".
 * Letters in another order ("לו…", "בש…") are read as the word's own.
 */
const hebrewPrefix = /^ו?(?:כש|ש)?(?:[בלכ]|מה?|ה)?/u;

/** The shortest stem left after a prefix: two letters in Arabic ("سين" is not left as "ن"), three in Hebrew. */
const MIN_LEFT = 2;
const MIN_LEFT_HEBREW = 3;

/**
 * Korean particles written onto the end of the word before them ("러시아의" of
 * Russia, "벨라루스에서" in Belarus, "루카셴코는" Lukashenko as topic), longest first.
 */
const koreanParticles = ['에서', '에게', '으로', '까지', '부터', '보다', '은', '는', '이', '가', '을', '를', '의', '에', '와', '과', '로', '도', '만'];
const hangul = /^[\uAC00-\uD7A3]/u;
/** The fewest syllables left when a particle is taken off. */
const MIN_LEFT_KOREAN = 2;

/**
 * The readings of `word` without its clitic prefixes (or, in Korean, its
 * particle), longest stem first, the word itself excluded; empty for words of
 * other scripts.
 */
export function cliticReadings(word: string): string[] {
  const out = new Set<string>();
  if (hangul.test(word)) {
    for (const particle of koreanParticles) {
      if (word.endsWith(particle) && word.length - particle.length >= MIN_LEFT_KOREAN) out.add(word.slice(0, word.length - particle.length));
    }
  } else if (arabic.test(word)) {
    for (const prefix of arabicPrefixes) {
      if (!word.startsWith(prefix) || word.length - prefix.length < MIN_LEFT) continue;
      const rest = word.slice(prefix.length);
      out.add(rest);
      if (prefix.endsWith('ال') || prefix.endsWith('لل')) out.add(`ال${rest}`);
    }
  } else if (hebrew.test(word)) {
    const prefix = hebrewPrefix.exec(word)?.[0] ?? '';
    for (let n = 1; n <= prefix.length; n += 1) {
      const rest = word.slice(n);
      if (rest.length < MIN_LEFT_HEBREW) break;
      out.add(rest);
      if (!rest.startsWith('ה')) out.add(`ה${rest}`);
    }
  }
  out.delete(word);
  return [...out];
}

/** Whether a word's script joins prefixes to words: Arabic or Hebrew (a cheap test). */
export function mayHavePrefix(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 0x0590 && c <= 0x06ff;
}

/** Whether a word's script joins prefixes or particles to words (a cheap test before {@link cliticReadings}). */
export function mayHaveClitic(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 0x0590 && c <= 0x06ff) || (c >= 0xac00 && c <= 0xd7a3);
}
