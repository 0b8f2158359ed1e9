import { describe, expect, it } from 'vitest';
import { readerNotice } from '@/lib/content/segment/reader-notice';
import { bodyTexts } from '../../support/compile-text';

const paragraphs = (text: string) => bodyTexts([text], 'paragraph');

const STORY = [
  'Grad gradi novi vrtić u naselju uz rijeku',
  'Gradsko vijeće u četvrtak je odobrilo gradnju novog dječjeg vrtića u naselju uz rijeku.',
  'Gradonačelnik je rekao da je to prvi novi vrtić u tom dijelu grada nakon dvadeset godina.',
];

describe('readerNotice: a keyboard chord', () => {
  it.each([
    'Pronašli ste pogrešku? Označite tekst i pritisnite Ctrl+Enter.',
    'Намерихте грешка? Маркирайте текста и натиснете Ctrl + Enter.',
    'Hibát talált? Jelölje ki, és nyomja meg a CTRL+ENTER billentyűket!',
    'Fehler gefunden? Markieren und Strg+Enter drücken.',
  ])('reads "%s" as a notice on its own words', (line) => {
    expect(readerNotice(line)).toBe('strong');
  });

  it.each(['Control room staff worked through the night.', 'The Alt-Right march drew counter-protesters.', 'Shift workers get a raise.', 'Ctrl'])(
    'does not read "%s" as one',
    (line) => {
      expect(readerNotice(line)).toBeNull();
    },
  );
});

describe('an error-report notice under the story', () => {
  it('leaves the notice out of the body, wherever the language', () => {
    const got = paragraphs([...STORY, 'Pronašli ste pogrešku? Označite tekst i pritisnite Ctrl+Enter.', 'Oznake: vrtić, gradsko vijeće'].join('\n'));
    expect(got.at(-1)).toBe(STORY[2]);
  });

  it("keeps a story's paragraph that explains a shortcut when the story goes on under it", () => {
    const shortcut = 'The new version lets users undo a deletion by pressing Ctrl+Z within ten seconds.';
    const got = paragraphs([...STORY, shortcut, 'Gradonačelnik nije rekao koliko će radovi koštati.'].join('\n'));
    expect(got).toContain(shortcut);
  });
});

describe('readerNotice: apps and languages', () => {
  it('reads a download prompt naming an app store, and the story offered in another language, as notices on their own words', () => {
    expect(readerNotice('Изтеглете нашето приложение за Android и iOS.')).toBe('strong');
    expect(readerNotice('Descarcă aplicația din App Store și Google Play.')).toBe('strong');
    expect(readerNotice('Тази статия е достъпна и на английски език.')).toBe('strong');
    expect(readerNotice('Bu haber İngilizce olarak da okunabilir.')).toBe('strong');
  });
  it('reads an app store named in a sentence of the story as a platform, a language as a mention only', () => {
    expect(readerNotice('The app is available for Android and iOS phones.')).toBe('platform');
    expect(readerNotice('Die Schüler lernen ab der dritten Klasse Englisch.')).toBe('mention');
    expect(readerNotice('The council met on Monday.')).toBeNull();
  });
  it('leaves the notices out under the story, and keeps a last paragraph that names a language with no notice under it', () => {
    const story = ['Общината ремонтира три училища', 'Общинският съвет одобри в четвъртък ремонта на три училища в града.', 'Кметът заяви, че парите ще бъдат осигурени от общинския бюджет.'];
    const got = paragraphs([...story, 'Тази статия е достъпна и на английски език.', 'Изтеглете нашето приложение за Android и iOS.'].join('\n'));
    expect(got.at(-1)).toBe(story[2]);
    const language = 'Учениците ще учат английски език от първи клас.';
    expect(paragraphs([...story, language].join('\n')).at(-1)).toBe(language);
  });
});
