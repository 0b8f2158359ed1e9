/**
 * A company's legal form after a publication's name on a © line ("Harbour Press Ltd", "Nordkurier GmbH",
 * "Alföldi Hírlap Kft.", "Isolezwe (Pty) Ltd"): the outlet is the paper, not the company, so the form goes.
 * Two kinds of evidence: the shape of an abbreviation (dotted inside, or a short Latin word with no vowel and
 * a full stop: "A.Ş.", "Kft.", "Zrt."), and the forms company law writes in every country, which are
 * abbreviations of a closed set, not words of a language ("Ltd", "GmbH", "LLC", "SRL", "AB", "ООО").
 * Only a last word goes, and only after another word of the name. The words a company adds to its paper's name
 * ("Media Group", "Verlag", "Gazetecilik") go too, as long as a name of two words or more stays (see withoutCompanyWords).
 */

/** Company forms written without a full stop, folded to lower case: an international closed set. */
const FORMS = new Set(
  `ltd limited inc incorporated corp corporation co llc llp plc pty pvt private gmbh mbh ag kg kgaa ab asa as a/s aps oy oyj sa sas sarl
   srl spa sl ltda pt bv nv kft zrt nyrt bt doo sro sia uab oü ehf bhd sdn tbk ooo оао ооо ао зао пао тов тоо еоод оод ад доо`.split(/\s+/u),
);

/** Whether a word is a company's legal form, dotted or not ("Ltd", "Ltd.", "S.p.A.", "GmbH", "d.o.o."). */
export function isLegalForm(word: string): boolean {
  const w = word.trim();
  if (!/^\p{L}/u.test(w)) return false;
  return FORMS.has(w.toLowerCase().replace(/\./gu, '')) || /^(?:\p{L}{1,3}\.){2,4}$/u.test(w);
}

/**
 * A name without the legal forms after it (`source` is the text the name was read from, where an abbreviation's
 * full stop may stand): "Harbour Press Ltd" → "Harbour Press", "Kuzey Medya A.Ş." → "Kuzey Medya", "Ringier Sdn
 * Bhd" → "Ringier". A short Latin word without a vowel is no word of a name when a full stop follows it ("Kft.",
 * "Zrt."); "News." or "Post." is.
 */
export function withoutLegalForm(name: string, source: string): string {
  const tokens = name.split(/\s+/u);
  while (tokens.length >= 2) {
    const last = tokens.at(-1)!;
    if (!/^\p{L}/u.test(last)) break;
    const escaped = last.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    const noVowel = /^\p{Script=Latin}+$/u.test(last) && !/[aeiouy]/iu.test(last.normalize('NFD'));
    const dotted = /\p{L}\.\p{L}/u.test(last) || (last.length <= 4 && noVowel && new RegExp(`(?<![\\p{L}\\p{M}])${escaped}\\.`, 'u').test(source));
    if (!dotted && !isLegalForm(last)) break;
    tokens.pop();
    // "Harbour Media & Co": the joining sign goes with the form after it.
    while (tokens.length >= 2 && /^(?:&|\+)$/u.test(tokens.at(-1)!)) tokens.pop();
  }
  return tokens.join(' ');
}

/**
 * Words a publisher's company adds to its paper's name, folded to lower case: "Kieler Bote Media Group GmbH",
 * "Karadeniz Postası Gazetecilik A.Ş.", "Postimees Grupp", "Corriere del Lago Edizioni Srl". Like the legal forms a
 * closed set of trade words, not a language's vocabulary: a company's kind (media, group, publishing, holding) in
 * the languages a © line is printed in.
 */
const COMPANY_WORDS = new Set(
  `media medien mediengruppe medienhaus mediahuis group gruppe groupe gruppo grupo grupa grupp grup groep koncern konsern
   verlag verlagsgruppe verlagshaus verlagsgesellschaft publishing publishers publications holding holdings communications
   company newspaper newspapers comunicação comunicações comunicación comunicaciones comunicazione comunicazioni medya gazetecilik yayıncılık yayincilik editora editorial edizioni editrice éditions editions ediciones edições
   kiadó kiado wydawnictwo vydavatelství vydavateľstvo nakladatelství uitgeverij uitgevers förlag forlag forlaget kustannus kustannusosakeyhtiö kirjastus izdavaštvo
   grubu medios mídia медиа медіа холдинг группа групп група издательство видавництво выдавецтва издателство`.split(/\s+/u),
);

/**
 * A name without the company words after it (COMPANY_WORDS), read after its legal form is gone: "Kieler Bote Media
 * Group" → "Kieler Bote", "Karadeniz Postası Gazetecilik" → "Karadeniz Postası". Only while two words or more stay:
 * a company named by one word and its kind ("Kuzey Medya", "Harbour Media Group") is all the page gives of the name.
 */
export function withoutCompanyWords(name: string): string {
  const tokens = name.split(/\s+/u);
  let end = tokens.length;
  // A joining sign or short lower-case word between company words goes with them ("Harbour Ledger & Media",
  // "Kuzey Postası Gazetecilik ve Yayıncılık": "and" in any language is one to three letters).
  const joining = (w: string) => /^(?:&|\+|\p{Ll}{1,3})$/u.test(w);
  for (let cut = end; cut > 2; ) {
    const w = tokens[cut - 1]!;
    if (COMPANY_WORDS.has(w.toLowerCase())) end = cut -= 1;
    else if (joining(w) && end < tokens.length) cut -= 1;
    else break;
  }
  while (end > 2 && end < tokens.length && joining(tokens[end - 1]!)) end -= 1;
  return end === tokens.length || COMPANY_WORDS.has(tokens[end - 1]!.toLowerCase()) ? name : tokens.slice(0, end).join(' ');
}

/**
 * Whether a name is a publisher's company by its last word ("Coastal Media", "Kuzey Medya", "DPG Media Group"): a name
 * withoutCompanyWords kept whole because nothing of a paper's name would stay without its company words.
 */
export const isCompanyName = (name: string) => {
  const tokens = name.trim().split(/\s+/u);
  return tokens.length >= 2 && COMPANY_WORDS.has(tokens.at(-1)!.toLowerCase());
};

/**
 * The words of a company's name before its company words, down to one ("Kestrel Media Group" → "Kestrel", "Kuzey
 * Medya" → "Kuzey"); null when it ends in none. withoutCompanyWords keeps such a name whole, since one word alone may
 * be no name: only another witness that spells the head (the page's own address) makes it the paper's.
 */
export function companyHead(name: string): string | null {
  const tokens = name.trim().split(/\s+/u);
  let end = tokens.length;
  while (end > 1 && (COMPANY_WORDS.has(tokens[end - 1]!.toLowerCase()) || (end < tokens.length && /^(?:&|\+|\p{Ll}{1,3})$/u.test(tokens[end - 1]!)))) end -= 1;
  return end < tokens.length && COMPANY_WORDS.has(tokens.at(-1)!.toLowerCase()) && !COMPANY_WORDS.has(tokens[end - 1]!.toLowerCase()) ? tokens.slice(0, end).join(' ') : null;
}

/** Legal forms written before a company's name, folded: Indonesian "PT", "CV"; Russian, Ukrainian, Bulgarian "ООО", "ТОВ", "ЕООД". */
const OPENING_FORMS = new Set('pt cv ooo ооо оао ао зао пао тов тоо еоод оод ад'.split(' '));

/** Company words a publisher's name opens with, before its paper's name: "Verlag Kieler Bote", "Editora Jornal do Vale", "Wydawnictwo Głos Doliny". */
const OPENING_WORDS = new Set(
  `verlag verlagsgruppe verlagshaus editora editorial edizioni éditions editions ediciones edições wydawnictwo vydavatelství
   vydavateľstvo nakladatelství uitgeverij издательство видавництво выдавецтва издателство izdavaštvo`.split(/\s+/u),
);

/**
 * A © line's text after the mark without the company words it opens with: a legal form set first ("PT Harian Lembah",
 * "ТОВ Вісник") before any capitalised word, a publishing house's word ("Verlag Kieler Bote GmbH", "Vydavatelství
 * Jihlavské listy, s.r.o.") only before a name of two words or more up to the first separator, as withoutCompanyWords
 * keeps one at the end. A form in dotted letters stays ("U.S. News" is a name).
 */
export function withoutCompanyOpening(text: string): string {
  const m = /^([\p{L}\p{M}]+)\s+(?=\p{Lu})/u.exec(text);
  if (!m) return text;
  const [word, rest] = [m[1]!.toLowerCase(), text.slice(m[0].length)];
  const restWords = rest.split(/\s*[|–—•·,;]\s*|\s+-\s+|[.!?](?:\s|$)/u)[0]!.trim().split(/\s+/u);
  if (OPENING_FORMS.has(word) || (OPENING_WORDS.has(word) && restWords.length >= 2)) return rest;
  return text;
}
