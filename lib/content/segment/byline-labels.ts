/**
 * The words bylines print around a name, per language: the labels that lead into it ("By", "Von", "Автор:", "記者"),
 * the job titles printed beside it ("Staff Writer", "Redattore", "기자") and the words of a desk or the wires ("Staff",
 * "Redazione", "Редакция"). General vocabulary, not any one site's wording; each list adds evidence to a shape read in
 * byline.ts and name-shape.ts, and never decides alone. Split from byline.ts.
 */
/**
 * Byline labels per language: general vocabulary, not any one site's wording.
 * Lower-case first letters are allowed by the pattern below; the name after the label must be capitalised.
 */
export const LABELS = [
  'by', 'written by', 'posted by', 'words by', 'author', 'authors', 'text', 'reporter', 'report by', 'reporting by', 'reported by', // en
  'von', 'autor', 'autorin', 'text von', // de
  'par', 'auteur', 'texte', // fr
  'por', 'autor', 'texto', 'redacción', 'publicado por', 'escrito por', 'texto de', 'reportagem', // es, pt
  'periodista', 'redactor', 'redactora', 'repórter', 'jornalista', // es, pt
  'di', 'autore', 'testo', 'scritto da', 'giornalista', // it
  'door', 'auteur', 'tekst', // nl, pl
  'oleh', 'penulis', 'reporter', 'wartawan', // id
  'autorzy', 'tekst', // pl
  'автор', 'авторы', 'текст', 'журналист', 'корреспондент', // ru
  'автор', 'автори', 'журналіст', 'журналістка', 'кореспондент', 'текст', // uk
  'аўтар', 'тэкст', 'журналіст', 'карэспандэнт', // be
  'napsal', 'napsala', 'autorka', // cs, sk
  'szerző', 'írta', 'szöveg', // hu
  'av', 'skrevet av', 'af', 'kirjoittaja', 'teksti', 'toimittaja', 'reportrar', 'journalist', // sv, no, da, fi
  'autors', 'teksts', 'autorius', 'autorė', // lv, lt
  'scris de', 'redactat de', 'de', // ro
  'piše', 'аутор', 'пише', 'от', 'репортер', 'репортерка', 'новинар', 'новинарка', 'dopisnik', 'novinar', 'novinarka', // sr, hr, bg
  'yazan', 'muhabir', 'yazar', // tr
  'του', 'της', 'από', 'συντάκτης', // el
  'a cura di', 'redazione', // it
  'מאת', 'כתב', 'כתבת', // he
  'بقلم', 'كتب', 'كتبت', 'الكاتب', // ar
  'लेखक', 'रिपोर्ट', // hi
  'ავტორი', // ka
  '記者', '记者', '作者', '文', '筆者', // ja, zh
];
// Each label is spelt out in both cases letter by letter: the `i` flag would make \p{Lu} below match lower case too.
const caseless = (word: string) => word.replace(/\p{L}/gu, (c) => (c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`));
/** The labels as one alternation for a pattern, longest first, each letter in both cases and spaces as runs of white space. */
export const alternation = (labels: string[]) =>
  [...new Set(labels)]
    .sort((a, b) => b.length - a.length)
    .map((l) => l.split(' ').map(caseless).join('\\s+'))
    .join('|');
/** Every label, as an alternation for a pattern. */
export const LABEL = alternation(LABELS);

const LABEL_ONLY = new RegExp(`^(?:${LABEL})[:：]?$`, 'u');

/** Job titles printed beside a name that no label above is ("Staff Writer", "Redattore", "Corresponsal"). */
const ROLES = [
  'writer', 'staff writer', 'senior writer', 'editor', 'senior editor', 'senior reporter', 'correspondent', 'columnist', 'contributor', // en
  'redakteur', 'redakteurin', 'korrespondent', 'korrespondentin', // de
  'redattore', 'redattrice', 'corrispondente', 'inviato', 'inviata', // it
  'redactor', 'redactora', 'corresponsal', 'columnista', 'colunista', 'correspondente', 'editora', 'enviado', 'enviada', // es, pt
  'rédacteur', 'rédactrice', 'correspondant', 'correspondante', 'journaliste', 'envoyé', 'envoyée', // fr
  'redaktör', 'reporter', 'reportrar', 'krönikör', 'skribent', // sv
  'редактор', 'журналистка', 'кореспондентка', // bg, ru
  'redaktor', 'redaktorka', 'reportér', 'reportérka', 'novinářka', 'novinář', // cs, pl
  '기자', '특파원', '선임기자', '논설위원', // ko
  'mwandishi', 'intatheli', 'umbhali', 'akọ̀ròyìn', 'manunulat', 'jounalis', // sw, zu, yo, tl, ht
  // Scripts without case, where no capital parts a name from a credit: "സ്വന്തം ലേഖകൻ" ("own correspondent") is a desk's.
  'ലേഖകൻ', 'संवाददाता', 'রিপোর্টার', 'প্রতিবেদক', 'நிருபர்', 'ప్రతినిధి', 'ವರದಿಗಾರ', 'مراسل', 'مراسلنا', 'خبرنگار', 'ዘጋቢ', // ml, hi, bn, ta, te, kn, ar, fa, am
];
// Short Latin labels ("by", "av", "di") are ordinary words too; a word of two signs in a script without case ("기자", "記者") is not.
const ROLE_WORDS: ReadonlySet<string> = new Set([...ROLES, ...LABELS].filter((l) => l.length >= 4 || (l.length >= 2 && !/[\p{Lu}\p{Ll}]/u.test(l))).map((l) => l.toLocaleLowerCase()));
/** Single-word roles long enough to end a compound ("Nyhetsreporter", "Sportjournalist", "Wirtschaftsredakteur"). */
const COMPOUND_ENDS = [...ROLE_WORDS].filter((r) => r.length >= 6 && !r.includes(' '));

/**
 * Words that name a desk, a team or the wires rather than a person, as bylines print them in place of a name ("Staff",
 * "Redazione", "Редакция", "Agencias"). With a job title (ROLES) they make a generic credit ("Staff Reporter", "News
 * Desk", "Redazione Online"): a run with no proper-name shape left once they are set aside.
 */
const DESK_WORDS = [
  'staff', 'team', 'desk', 'newsroom', 'agencies', 'wires', 'editorial', // en
  'redaktion', 'agenturen', 'rédaction', 'agences', 'redacción', 'agencias', 'equipo', 'redação', 'agências', 'equipe', // de, fr, es, pt
  'redazione', 'agenzie', 'redactie', 'redakcja', 'redakce', 'redakcia', 'redaktionen', 'redacția', 'szerkesztőség', // it, nl, pl, cs, sk, sv, ro, hu
  'редакция', 'редакція', 'рэдакцыя', 'редакција', 'uredništvo', 'redakcija', 'toimitus', // ru, bg, uk, be, sr, hr, lt, fi
  // The wires and the news itself, as an agency or a section signs in a byline's place ("Europa Press", "Sky News", "Agencia EFE").
  'press', 'news', 'agency', 'presse', 'agence', 'nachrichten', 'agentur', 'prensa', 'agencia', 'noticias', 'imprensa', 'agência', 'notícias', // en, fr, de, es, pt
  'stampa', 'agenzia', 'notizie', 'nieuws', 'persbureau', 'agencja', 'wiadomości', 'agentura', 'zprávy', 'ajansı', 'haber', 'berita', // it, nl, pl, cs, tr, id
  'агентство', 'новости', 'новини', 'навіны', // ru, uk, bg, be
];
const CREDIT_WORDS: ReadonlySet<string> = new Set([...ROLES.filter((r) => !r.includes(' ')), ...DESK_WORDS]);

/** True when a word names a job or a desk, never a person ("Reporter", "Staff", "Redazione"), in any case. */
export const isCreditWord = (word: string): boolean => CREDIT_WORDS.has(word.replace(/^[\p{P}]+|[\p{P}]+$/gu, '').toLocaleLowerCase());

/**
 * True when the text is a byline label or a job title alone ("Reporter", "Журналіст", "Autor:", "Staff Writer",
 * "Nyhetsreporter"): a role printed under or after a name, never a name itself.
 */
export function isBylineLabel(text: string): boolean {
  const t = text.trim();
  if (LABEL_ONLY.test(t)) return true;
  const lower = t.replace(/[:：]$/u, '').replace(/\s+/gu, ' ').toLocaleLowerCase();
  // A compound of a field and a role is written as one word in Germanic languages.
  return ROLE_WORDS.has(lower) || (!/\s/u.test(lower) && COMPOUND_ENDS.some((r) => lower.length > r.length + 2 && lower.endsWith(r)));
}

/**
 * A job title printed in a byline's place of a name ("Chief Editor", "Political Editor", "Korrespondent"): one to three
 * words, one a job title bylines print (four letters or more), and at most one other word beside it, a rank or a field.
 * A name with its role ("Ana Souza Repórter") keeps two words that name no job, and is no title.
 */
export function isJobTitle(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  return words.length <= 3 && words.some((w) => w.length >= 4 && isBylineLabel(w)) && words.filter((w) => !isCreditWord(w)).length <= 1;
}

/**
 * Words that lead into a byline before its preposition and are no name: the kind of piece ("Servizio di", "Ein Kommentar
 * von", "Reportaje de", "Story by") and the act of publishing it ("Pubblicato da", "Publicado por", "Posted by"). No
 * interview's word: "Interview with Jane Doe" names who was asked, not who wrote. Evidence only: name-shape.ts cuts
 * such a lead from a name when the line's shape (a lead, a short lower-case word, a name) agrees, and header-names.ts
 * reads a name after it under the headline when the page agrees too.
 */
const LEAD_IN_WORDS = [
  'story', 'article', 'report', 'commentary', 'comment', 'analysis', 'column', 'opinion', 'review', 'published', 'posted', 'updated', // en
  'kommentar', 'analyse', 'bericht', 'reportage', 'kolumne', 'gastbeitrag', 'veröffentlicht', 'aktualisiert', // de
  'article', 'chronique', 'analyse', 'tribune', 'éditorial', 'propos', 'recueillis', 'publié', 'publiée', // fr
  'artículo', 'crónica', 'análisis', 'reportaje', 'columna', 'opinión', 'información', 'publicado', 'publicada', 'actualizado', // es
  'artigo', 'crônica', 'análise', 'coluna', 'opinião', // pt
  'servizio', 'articolo', 'commento', 'analisi', 'rubrica', 'editoriale', 'pubblicato', 'pubblicata', 'aggiornato', // it
  'artikel', 'commentaar', 'verslag', 'gepubliceerd', // nl
  'komentarz', 'analiza', 'felieton', 'opracowanie', 'opracował', 'opracowała', 'opublikowano', // pl
  'komentář', 'publikováno', 'publicat', 'articol', 'comentariu', // cs, ro
  'makale', 'yorum', 'haber', 'yayınlandı', 'artikkeli', 'kommentti', // tr, fi
  'статья', 'комментарий', 'опубликовано', 'стаття', 'коментар', 'опубліковано', // ru, uk
];
const LEAD_IN_SET: ReadonlySet<string> = new Set(LEAD_IN_WORDS);

/** True when a word leads into a byline as the kind of piece or the act of publishing it ("Servizio", "Kommentar", "Posted"). */
export const isLeadInWord = (word: string): boolean => LEAD_IN_SET.has(word.replace(/^[\p{P}]+|[\p{P}]+$/gu, '').toLocaleLowerCase());
