/**
 * The fold key: spellings of one name in many orthographies and scripts meet,
 * and names that differ in a letter that matters do not. Each spelling is
 * written with the language of the text it would appear in, because case
 * endings and the reading of "ch" depend on it.
 */
import { describe, expect, it } from 'vitest';
import { consonantSkeleton } from '@/lib/content/tagging/consonant-skeleton';
import { foldKey, foldStem, textFoldStems } from '@/lib/content/tagging/fold-key';

/** Whether a word of a text in `language` reaches the base form `base` (written in `baseLanguage`). */
const meets = (base: string, baseLanguage: string | null, word: string, language: string | null) => {
  const stem = foldStem(base, baseLanguage);
  return stem !== null && textFoldStems(word, language).includes(stem);
};

type Spelling = [word: string, language: string];
const sameName: [base: string, spellings: Spelling[]][] = [
  ['Lukashenko', [['Lukashenko', 'en'], ['Lukaschenko', 'de'], ['Loukachenko', 'fr'], ['Łukaszenka', 'pl'], ['Lukašenko', 'cs'], ['Lukaşenko', 'tr'], ['Lukasjenko', 'sv'], ['Loekasjenko', 'nl'], ['Лукашэнка', 'be'], ['Лукашенко', 'ru'], ['Λουκασένκο', 'el'], ['ლუკაშენკო', 'ka'], ['Lukasenko', 'hu'], ['Lukașenko', 'ro'], ['Lukašenka', 'lt'], ['Łukaszenki', 'pl'], ['Lukašenkom', 'hr'], ['Lukasenkóval', 'hu'], ['ლუკაშენკომ', 'ka']]],
  ['Shevchenko', [['Shevchenko', 'en'], ['Schewtschenko', 'de'], ['Chevtchenko', 'fr'], ['Szewczenko', 'pl'], ['Ševčenko', 'cs'], ['Şevçenko', 'tr'], ['Sevcsenko', 'hu'], ['Sjevtsjenko', 'nl'], ['Ševčenka', 'lt'], ['Шевченко', 'uk'], ['Σεβτσένκο', 'el'], ['შევჩენკო', 'ka'], ['Ševtšenko', 'et'], ['Ševčenkom', 'hr'], ['Szewczenki', 'pl']]],
  ['Kalashnikov', [['Kalashnikov', 'en'], ['Kalaschnikow', 'de'], ['Kalachnikov', 'fr'], ['Kałasznikow', 'pl'], ['Kalašnikov', 'cs'], ['Kalaşnikov', 'tr'], ['Kalasnyikov', 'hu'], ['Kalasjnikov', 'nl'], ['Калашников', 'ru'], ['Καλάσνικοφ', 'el'], ['კალაშნიკოვი', 'ka'], ['Kalašņikovs', 'lv'], ['Kalašnikovas', 'lt'], ['Kalachnikoff', 'fr'], ['Kalašnikovem', 'cs']]],
  ['Zelensky', [['Zelensky', 'en'], ['Zelenskyy', 'en'], ['Zelenskyi', 'en'], ['Zelenskiy', 'tr'], ['Zełenski', 'pl'], ['Zelenskij', 'nl'], ['Zelenskyj', 'cs'], ['Zelenszkij', 'hu'], ['Зеленский', 'ru'], ['Зеленський', 'uk'], ['Ζελένσκι', 'el'], ['ზელენსკი', 'ka'], ['Zelenskis', 'lt'], ['Zelenskim', 'hr'], ['Zelenskyjem', 'cs']]],
  ['Putin', [['Putin', 'en'], ['Poutine', 'fr'], ['Путин', 'ru'], ['Путін', 'uk'], ['Πούτιν', 'el'], ['პუტინი', 'ka'], ['Putyin', 'hu'], ['Putinas', 'lt'], ['Putins', 'lv'], ['Putina', 'pl'], ['Putinem', 'cs'], ['Putinowi', 'pl'], ['Putyinnal', 'hu'], ['Putini', 'et'], ['Poetin', 'nl']]],
  ['Minsk', [['Minsk', 'en'], ['Mińsk', 'pl'], ['Минск', 'ru'], ['Мінск', 'be'], ['Μινσκ', 'el'], ['მინსკი', 'ka'], ['Minskas', 'lt'], ['Minske', 'sk'], ['Minsku', 'pl'], ['Minskben', 'hu'], ['Minszk', 'hu'], ['Minszkben', 'hu'], ['Minskā', 'lv'], ['Minskom', 'sk'], ['Minskem', 'cs'], ['Minska', 'pl']]],
  ['Shoigu', [['Shoigu', 'en'], ['Schoigu', 'de'], ['Choïgou', 'fr'], ['Szojgu', 'pl'], ['Šojgu', 'cs'], ['Şoygu', 'tr'], ['Sojgu', 'hu'], ['Sjojgoe', 'nl'], ['Шойгу', 'ru'], ['Σοϊγκού', 'el'], ['შოიგუ', 'ka'], ['Šoigu', 'et'], ['Shoygu', 'en'], ['Shojgu', 'sv'], ['Schoigus', 'de']]],
  ['Tikhanovskaya', [['Tikhanovskaya', 'en'], ['Tichanowskaja', 'de'], ['Tikhanovskaïa', 'fr'], ['Tichanowska', 'pl'], ['Tichanovská', 'cs'], ['Tyihanovszkaja', 'hu'], ['Тихановская', 'ru'], ['Тихановська', 'uk'], ['Tikhanovskaia', 'en'], ['Tihanovskaja', 'hr'], ['Tihhanovskaja', 'et'], ['Tichanovskaja', 'nl'], ['Tikhanovskaja', 'sv'], ['Tihanovskaya', 'tr'], ['Tihanovska', 'lv']]],
  ['Navalny', [['Navalny', 'en'], ['Nawalny', 'de'], ['Navalnyj', 'sv'], ['Navalnij', 'hu'], ['Навальный', 'ru'], ['Навальний', 'uk'], ['Навальны', 'be'], ['Ναβάλνι', 'el'], ['ნავალნი', 'ka'], ['Navalnîi', 'ro'], ['Navalnijs', 'lv'], ['Navalnas', 'lt'], ['Navalnym', 'pl'], ['Navalnyjem', 'cs'], ['Navalnyy', 'en']]],
  ['Brezhnev', [['Brezhnev', 'en'], ['Brezjnev', 'nl'], ['Brezjnev', 'sv'], ['Brezjnev', 'da'], ['Brejnev', 'fr'], ['Brejnev', 'tr'], ['Breżniew', 'pl'], ['Breżniewa', 'pl'], ['Brežněv', 'cs'], ['Brežněvem', 'cs'], ['Brežnev', 'sk'], ['Брежнев', 'ru'], ['Brežnevas', 'lt'], ['Brežņevs', 'lv'], ['Brezjnevs', 'nl']]], // Dutch and Swedish write ж as zj
  ['Khrenin', [['Khrenin', 'en'], ['Chrenin', 'de'], ['Chrenin', 'pl'], ['Khrenine', 'fr'], ['Хренин', 'ru'], ['Хрэнін', 'be'], ['Хренін', 'uk'], ['Hrenin', 'tr'], ['Hrenyin', 'hu'], ['Χρένιν', 'el'], ['ხრენინი', 'ka'], ['Chreninem', 'cs'], ['Chreninowi', 'pl'], ['Hreninom', 'hr'], ['Hrenins', 'lv']]],
];

describe('spellings of one name meet', () => {
  it('has at least 10 names with at least 15 spellings each', () => {
    expect(sameName.length).toBeGreaterThanOrEqual(10);
    for (const [, spellings] of sameName) expect(spellings.length).toBeGreaterThanOrEqual(15);
  });
  for (const [base, spellings] of sameName) {
    it(`${base}: ${spellings.map(([w]) => w).join(', ')}`, () => {
      const missed = spellings.filter(([word, language]) => !meets(base, 'en', word, language)).map(([w, l]) => `${w} (${l})`);
      expect(missed).toEqual([]);
    });
  }
});

describe('different names do not meet', () => {
  const different: [Spelling, Spelling][] = [
    [['Lukashenko', 'en'], ['Lukashevich', 'en']],
    [['Lukashenko', 'en'], ['Łukaszewicz', 'pl']],
    [['Minsk', 'en'], ['Pinsk', 'en']],
    [['Minsk', 'en'], ['Miński', 'pl']],
    [['Minsk', 'en'], ['Минский', 'ru']],
    [['Austria', 'en'], ['Australia', 'en']],
    [['Austria', 'en'], ['Australii', 'pl']],
    [['Slovakia', 'en'], ['Slovenia', 'en']],
    [['Slovensko', 'sk'], ['Slovenija', 'sk']],
    [['Iran', 'en'], ['Iraq', 'en']],
    [['Iran', 'pl'], ['Iraku', 'pl']],
    [['Niger', 'en'], ['Nigeria', 'en']],
    [['Mali', 'en'], ['Malawi', 'en']],
    [['Russia', 'en'], ['Prussia', 'en']],
    [['Putin', 'en'], ['Putilin', 'en']],
    [['Kalashnikov', 'en'], ['Kalashnikova', 'en']],
    [['Gomel', 'en'], ['Homel', 'en']],
    [['Shevchenko', 'en'], ['Shevtsov', 'en']],
    [['Rogozhin', 'en'], ['Rogovin', 'en']],
  ];
  for (const [[a, la], [b, lb]] of different) {
    it(`${a} and ${b}`, () => {
      expect(meets(a, la, b, lb)).toBe(false);
      expect(meets(b, lb, a, la)).toBe(false);
    });
  }
});

describe('the fold key', () => {
  it('spells every script in Latin letters, lowercase', () => {
    expect(foldKey('Лукашэнка')).toBe('lukasenka');
    expect(foldKey('Λουκασένκο')).toBe('lukasenko');
    expect(foldKey('ლუკაშენკო')).toBe('lukasenko');
  });
  it('reads ch by the language of the text', () => {
    expect(foldKey('Tichanowskaja', 'de')).toBe('tihanovskaia');
    expect(foldKey('Loukachenko', 'fr')).toBe('lukasenko');
  });
  it('collapses doubled letters', () => expect(foldKey('Tihhanovskaja', 'et')).toBe(foldKey('Tihanovskaja', 'et')));
  it('makes no stem of fewer than three letters', () => expect(foldStem('Ua')).toBeNull());
});

describe('letters a language reads its own way', () => {
  const pairs: [Spelling, Spelling][] = [
    [['Khrenin', 'en'], ['Jrenin', 'es']], // Spanish j is kh
    [['Tikhanovskaya', 'en'], ['Tijanóvskaya', 'es']],
    [['Prigozhin', 'en'], ['Prigojine', 'fr']], // French j is zh
    [['Tsikhanouskaya', 'en'], ['Cichanouska', 'pl']], // c is ts in Polish
    [['Tsikhanouskaya', 'en'], ['Cichanouská', 'cs']],
    [['BelTA', 'en'], ['BiełTA', 'pl']], // Polish ie after a consonant is е
    [['Mozyr', 'en'], ['Mozyrzu', 'pl']], // the locative of a name in -r
  ];
  for (const [[base, baseLanguage], [word, language]] of pairs) {
    it(`${base} (${baseLanguage}) and ${word} (${language}) meet`, () => expect(meets(base, baseLanguage, word, language)).toBe(true));
  }
  it('leaves a final Spanish j alone (Andrzej is no Spanish word)', () => expect(foldKey('Andrzej', 'es')).toBe(foldKey('Andrzej', 'pl')));
  it('leaves Polish cz and Hungarian cs as they were', () => {
    expect(foldKey('Szewczenko', 'pl')).toBe(foldKey('Shevchenko', 'en'));
    expect(foldKey('Sevcsenko', 'hu')).toBe(foldKey('Shevchenko', 'en'));
  });
});

describe('Hebrew letters', () => {
  // Written by hand: pairs of a name and a common Hebrew word that differ in one letter only a Latin
  // transliteration merges (ש with ס) or drops (א, ע).
  const apart: [string, string, string][] = [
    ['לאוס', 'לוש', 'he'], // Laos; "שלוש" (three) once its prefix ש is read as "that"
    ['נאורו', 'נורו', 'he'], // Nauru; "were fired"
    ['עמאן', 'מאן', 'he'], // Amman
  ];
  for (const [name, word, language] of apart) {
    it(`${word} is no spelling of ${name}`, () => expect(meets(name, language, word, language)).toBe(false));
  }
  // What the fold still meets: a name as written, with a prefix cut; and Yiddish, which writes vowels with א and ע, is left as it was.
  it('בלארוס is a spelling of בלארוס', () => expect(meets('בלארוס', 'he', 'בלארוס', 'he')).toBe(true));
  it('Yiddish א is still spelt as nothing', () => expect(foldKey('לאנד', 'yi')).toBe(foldKey('לנד', 'yi')));
});

describe('the consonant skeleton in its two readings', () => {
  // Expected skeletons worked out by hand from the rules in consonant-skeleton.ts (SkeletonReading).
  it('spells Lukashenko in Latin and in Georgian as lksnk when read as the fold reads', () => {
    expect(consonantSkeleton('Lukashenko')).toBe('lksnk');
    expect(consonantSkeleton('ლუკაშენკო')).toBe('lksnk');
  });

  it('writes voiced and voiceless pairs as one and r as l only in the fold reading', () => {
    expect(consonantSkeleton('severnyyvestnik')).toBe('sblnbsdnk');
    expect(consonantSkeleton('severnyyvestnik', 'romanised')).toBe('svrnvstnk');
    expect(consonantSkeleton('severnyvestnik', 'romanised')).toBe('svrnvstnk');
  });

  it('reads ts as c in the romanised reading, so Georgian ც spelt ts or c agrees, and as s in the fold reading, where c is k', () => {
    expect(consonantSkeleton('chrdiloetismatsne', 'romanised')).toBe('crdltsmcn');
    expect(consonantSkeleton('chrdilotismacne', 'romanised')).toBe('crdltsmcn');
    expect(consonantSkeleton('chrdiloetismatsne')).toBe('sldldsmsn');
    expect(consonantSkeleton('chrdilotismacne')).toBe('sldldsmkn');
  });

  it('reads kh as k in the romanised reading and as h, dropped, in the fold reading', () => {
    expect(consonantSkeleton('khabarovsk', 'romanised')).toBe('kbrvsk');
    expect(consonantSkeleton('khabarovsk')).toBe('blbsk');
  });

  it('gives no skeleton of fewer than five consonants in either reading', () => {
    expect(consonantSkeleton('nova', 'romanised')).toBeNull();
    expect(consonantSkeleton('minsk')).toBeNull();
    expect(consonantSkeleton('minsk', 'romanised')).toBeNull();
  });
});
