/**
 * Declension paradigms for the languages the archive reads, as suffix lists:
 * enough to recognise a name or adjective in another case ("Росії", "Rosji",
 * "belarussischen"), deliberately not a full morphology. A paradigm is chosen
 * by the ending of the base form an editor (or i18n-iso-countries) wrote; a word
 * in the text matches only through an ending of that same paradigm, so "Рось"
 * never reaches "Росія" (-ія) and "Минский" (adjective) never reaches "Минск".
 *
 * `lemma` lists the endings a base form may have; "" means no ending, allowed
 * only after a consonant. `endings` lists every form's ending.
 */
export type Paradigm = { id: string; lemma: readonly string[]; endings: readonly string[] };

const p = (id: string, lemma: string, endings: string): Paradigm => ({
  id,
  lemma: lemma.split(' ').map((e) => (e === '0' ? '' : e)),
  endings: endings.split(' ').map((e) => (e === '0' ? '' : e)),
});

/** Paradigms per ISO 639-1 language. Languages absent here (en, id, es, it…) have no inflection rules. */
export const paradigms: Readonly<Record<string, readonly Paradigm[]>> = {
  ru: [
    p('ru-a', 'а', 'а ы и е у ой ою ей ею ам ами ах'),
    p('ru-ya', 'я', 'я и е ю ей ею ям ями ях'),
    p('ru-iya', 'ия', 'ия ии ию ией'),
    p('ru-soft', 'ь', 'ь и ью'),
    p('ru-m', '0', '0 а у е ом ы ов ам ами ах'),
    p('ru-msoft', 'ь', 'ь я ю ем е и ей'),
    p('ru-o', 'о', 'о а у ом е'),
    p('ru-j', 'й', 'й я ю ем е и ев'),
    p('ru-pl', 'ы и', '0 ы и ов ей ам ами ах'),
    p('ru-adj', 'ий ый ой ая ое ие ые', 'ий ый ой ая ое ие ые ого его ому ему ым им ом ем ую ых их ыми ими ей'),
  ],
  uk: [
    p('uk-a', 'а', 'а и і у ою ею ам ами ах'),
    p('uk-ya', 'я', 'я і ї ю ею єю ям ями ях'),
    p('uk-iya', 'ія', 'ія ії ію ією'),
    p('uk-soft', 'ь', 'ь і ю сю'),
    p('uk-m', '0', '0 а у і ові ом ем ів ам ами ах и'),
    p('uk-j', 'й', 'й ю я ї єм ї'),
    p('uk-o', 'о', 'о а у ом ові і'),
    p('uk-pl', 'и і', '0 и і ів ам ами ах ям ями ях'),
    p('uk-msoft', 'ь', 'ь я ю ем і'),
    p('uk-adj', 'ий ій і', 'ий ій а е ого ому им ім ої у ою і их іх ими іми ього ьому ьою я є ю'),
  ],
  be: [
    p('be-a', 'а', 'а ы і е у ай ою аю ам амі ах'),
    p('be-ya', 'я', 'я і ю яй яю ям ямі ях'),
    p('be-iya', 'ія', 'ія іі ію іяй іяю'),
    p('be-soft', 'ь', 'ь і ю сю'),
    p('be-m', '0', '0 а у е ам ы аў ах амі'),
    p('be-msoft', 'ь', 'ь я ю ем і'),
    p('be-j', 'й', 'й я ю ем і'),
    p('be-pl', 'ы і', '0 ы і аў ам амі ах'),
    p('be-adj', 'і ы ыя ія ая', 'і ы ая ае ага аму ым ім ай ую ыя ія ых іх ымі імі'),
  ],
  pl: [
    p('pl-a', 'a', 'a y i ie ę ą o'),
    p('pl-ja', 'ja', 'ja ji ję ją'),
    p('pl-s', 'ś', 'ś si sią'),
    p('pl-m', '0', '0 u a owi em ie'),
    p('pl-pl', 'y i', 'y i ów om ami ach'),
    p('pl-o', 'o', 'o a u em ie'),
    p('pl-adj', 'i y a', 'i y a e ą ego emu ej ym im ych ich ymi imi iego iemu iej ie'),
  ],
  de: [
    p('de-adj', 'isch ische', 'isch ische ischen ischer isches ischem'),
    p('de-n', '0', '0 s es'),
  ],
  fr: [p('fr-adj', 'e', 'e es'), p('fr-ien', 'ien', 'ien ienne iens iennes'), p('fr-ais', 'ais ois', 'ais ois aise oise aises oises')],
  lt: [
    p('lt-a', 'a', 'a os ai ą oje'),
    p('lt-ija', 'ija', 'ija ijos ijai iją ijoje'),
    p('lt-as', 'as', 'as o ui ą u e'),
    p('lt-is', 'is', 'is io iui į yje'),
  ],
};

/** The languages whose paradigms apply to a word in Cyrillic, and to one in Latin letters, when the article's language is unknown. */
export const languagesByScript = { cyrillic: ['ru', 'uk', 'be'], latin: ['pl', 'de', 'fr', 'lt'] } as const;

/**
 * Case endings a name may take in languages that decline it, for the fold key
 * (fold-key.ts): no paradigm classes, just the endings a word in a text of that
 * language may carry after a name's stem. Written as the language writes them;
 * they are folded like the words. An ending that also makes an adjective of a
 * consonant-final name (Polish -i in "Miński", Czech -ý) is left out: such a
 * name's own cases do not use it. Russian, Ukrainian and Belarusian are left to
 * their paradigms above, which tell a noun from an adjective ("Минский" is not
 * Minsk). Languages that mark case with an apostrophe
 * (Turkish "Lukaşenko'nun") or not at all need none.
 */
export const foldEndings: Readonly<Record<string, readonly string[]>> = {
  cs: 'a u e ě m em ovi om ou ech ách ami ům ův ova ovo ovy ových ovým ovu ově'.split(' '), // -ův, -ova…: the possessive of a name (Lukašenkova vláda)
  sk: 'a u e m om ovi ou ách och ami'.split(' '),
  pl: 'a u e m em owi om ami ach ów ie ii ze zu'.split(' '), // -rze, -rzu: the locative of a name in -r (Mozyr, w Mozyrzu)
  hr: 'a u e m om em ovi ama'.split(' '),
  sl: 'a u e m om em ovi ijo'.split(' '),
  sr: 'a u e m om em ovi ama'.split(' '),
  bs: 'a u e m om em ovi ama'.split(' '),
  hu: 'ban ben ba be ból ből ról ről ra re hoz hez höz nak nek val vel al el t ot et öt at tól től nál nél ig ért ként ul ül on en ön n'.split(' '),
  et: 'a i e s st sse ga ks le lt l t d de ni na ta'.split(' '),
  fi: 'a ä n ssa ssä sta stä lla llä lta ltä lle ksi na nä an än ään seen'.split(' '),
  lv: 'a u ā s m ai as es am ām ij'.split(' '),
  lt: 'a o u s os ai ą oje ijos ijai iją ijoje as ui is io iui į yje us'.split(' '),
  el: 's n'.split(' '),
  ka: 'i a is s ma m shi tan ze dan it ad tvis stan sgan sken stvis isken isgan istvis isa'.split(' '), // genitive + postposition: -ის-თვის, -ს-თან
  ro: 'ului ul ei lui'.split(' '),
  hy: 'ն ը ի ում ով ից ին ներ ները ների'.split(' '), // Armenian article and cases: Լուկաշենկոն, Ռուսաստանի, Մոսկվայում
  sv: 's'.split(' '),
  da: 's'.split(' '),
  nb: 's'.split(' '),
  nn: 's'.split(' '),
  no: 's'.split(' '),
  de: 's es n en'.split(' '),
  fr: ['e'],
  nl: 's'.split(' '),
};
