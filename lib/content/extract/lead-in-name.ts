/**
 * Where a name starts after a byline's lead-in: "Servizio di Marco Rossi", "Ein Kommentar von Lena Huber", "Testo e foto
 * di Anna Bianchi", "Pubblicato da Marco Rossi". A lead is one to four words ending in a short lower-case word (a
 * preposition), and the name follows it. The same shape is a name with a particle ("Maria da Silva Santos", "Jan van der
 * Berg"), so the cut needs a second signal from the lead's own words: one of them is no name's word (a stopword of the
 * page, a word the story writes in lower case, a byline label, the kind of piece). Shape and evidence only; whether the
 * rest is a person's name is the caller's (name-shape.ts).
 */

/** The short lower-case word that ends a lead ("di", "von", "by", "par", "av"): one to four letters, marks allowed. */
const PREPOSITION = /^\p{Ll}[\p{Ll}\p{M}]{0,3}$/u;
/** At most this many words before the preposition: a kind of piece and its qualifiers ("Testo e foto"). */
const MAX_LEAD = 3;

/**
 * The candidate starts of the name in `tokens`, nearest first: each index right after a preposition that ends a lead
 * of one to three words holding a word `noName` says is no name's, with two words at least after it.
 */
export function leadInStarts(tokens: readonly string[], noName: (word: string) => boolean): number[] {
  const starts: number[] = [];
  for (let k = 1; k <= MAX_LEAD && k < tokens.length - 2; k++) {
    if (!PREPOSITION.test(tokens[k]!) || !/^\p{Lu}/u.test(tokens[k + 1]!)) continue;
    if (tokens.slice(0, k).some(noName)) starts.push(k + 1);
  }
  return starts;
}
