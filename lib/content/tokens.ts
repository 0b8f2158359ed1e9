/**
 * Word tokens and the separators between them: the common ground of the
 * entity matcher and the candidate-name finder.
 *
 * A token is a maximal run of letters, combining marks and digits. Everything
 * else (spaces, hyphens, apostrophes, quotes, brackets) separates tokens, which
 * is what makes "Ukraine’s" a mention of "Ukraine", "Belarusian-Russian" two
 * mentions, and "Toronto" never a mention of "Tor".
 */

/** One word of a text, with its character range `[start, end)`. */
export type Token = { text: string; start: number; end: number };

const wordPattern = /[\p{L}\p{M}\p{N}]+/gu;

/** Splits `text` into word tokens, in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(wordPattern)) {
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/**
 * The separator between two tokens, reduced to what matters for matching: any
 * run of white space is one space, every hyphen or en dash is `-`, every
 * apostrophe is `'`. " – " (a spaced dash) stays distinct from "-".
 */
export function normaliseSeparator(separator: string): string {
  return separator
    .replace(/\s+/gu, ' ')
    .replace(/[\u2010\u2011\u2012\u2013\u2212]/gu, '-')
    .replace(/[\u2018\u2019\u02BC\u0060\u00B4]/gu, "'");
}

/** True when `word` has letters and none of them is lowercase ("MAZ", "S-300PS", "WS-2"). */
export function isAllCaps(word: string): boolean {
  return /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);
}

/** True when `word` starts with an uppercase letter. */
export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/**
 * The identity of a surface form for clash checks: its words joined by their
 * normalised separators ("Pantsir‑S1" and "Pantsir-S1" are one form). Empty
 * when the form has no word in it.
 */
export function surfaceKey(form: string): string {
  const tokens = tokenize(form);
  return tokens
    .map((t, i) => {
      const previous = tokens[i - 1];
      return previous ? normaliseSeparator(form.slice(previous.end, t.start)) + t.text : t.text;
    })
    .join('');
}
