import { describe, expect, it } from 'vitest';
import { bylinePeople } from '@/lib/content/extract/byline-people';
import { nameStopwords } from '@/lib/content/extract/name-shape';
import { isBylineLabel } from '@/lib/content/segment/byline-labels';

describe('a job title after a byline’s name', () => {
  it.each([
    ['Anna Svensson Reporter', 'sv', 'Anna Svensson'],
    ['Sarah Miller Staff Writer', 'en', 'Sarah Miller'],
    ['Marco Rossi Giornalista', 'it', 'Marco Rossi'],
    ['Laura Gómez Periodista', 'es', 'Laura Gómez'],
    ['Мария Петрова Репортер', 'bg', 'Мария Петрова'],
    ['Erik Lund Nyhetsreporter', 'sv', 'Erik Lund'], // a compound of a field and a role
  ])('“%s” (%s) is %s', (byline, lang, name) => expect(bylinePeople(byline, { stopwords: nameStopwords(lang) })).toBe(name));

  it.each([
    ['Anna Maria Svensson', 'sv'], // three name words, none a role
    ['Lena Huber und Max Gruber', 'de'],
  ])('keeps “%s” (%s) whole', (byline, lang) => expect(bylinePeople(byline, { stopwords: nameStopwords(lang) })).toBe(byline));

  it('cuts a field and a job title after the name when the page writes the field’s word in lower case', () => {
    const check = (lower: string[]) => ({ stopwords: nameStopwords('en'), running: new Set(lower) });
    expect(bylinePeople('Anna Berg Political Editor', check(['political']))).toBe('Anna Berg');
    expect(bylinePeople('Tomás Reilly Foreign Correspondent', { stopwords: nameStopwords('en'), printed: () => new Set(['foreign']) })).toBe('Tomás Reilly');
  });

  it('keeps a third word before the job title as the name’s when the page never writes it in lower case', () => {
    expect(bylinePeople('Maria Silva Santos Repórter', { stopwords: nameStopwords('pt'), running: new Set(['cidade']) })).toBe('Maria Silva Santos');
    expect(bylinePeople('Anna Maria Berg Editor', { stopwords: nameStopwords('en'), running: new Set(['editor', 'political']) })).toBe('Anna Maria Berg');
  });

  it('drops the comma a cut tail leaves: “Ana Souza, Da Redação” is Ana Souza', () => {
    expect(bylinePeople('Ana Souza, Da Redação', { stopwords: nameStopwords('pt') })).toBe('Ana Souza');
  });
});

describe('byline labels and job titles alone', () => {
  it.each(['Reporter', 'Autor:', 'Staff Writer', 'Redattore', 'Nyhetsreporter', 'Sportjournalist', 'Wirtschaftsredakteur'])('“%s” is a role', (t) =>
    expect(isBylineLabel(t)).toBe(true),
  );
  // A word that merely ends like a role is one only when a field comes before it: "Reporter" needs more than two letters ahead.
  it.each(['Anna Svensson', 'Politik', 'Exporter', 'Kungsgatan'])('“%s” is no role', (t) => expect(isBylineLabel(t)).toBe(false));
});

describe('a job title printed before the name', () => {
  it.each([
    ['Redaktor Jan Kowalski', 'pl', 'Jan Kowalski'],
    ['Korrespondentin Lena Huber', 'de', 'Lena Huber'],
    ['Staff Writer Jane Doe', 'en', 'Jane Doe'],
    ['Redaktorka Jana Nováková', 'cs', 'Jana Nováková'],
  ])('“%s” (%s) is %s', (byline, lang, name) => expect(bylinePeople(byline, { stopwords: nameStopwords(lang) })).toBe(name));
  it.each([
    ['Political Editor Anna Berg', 'en', 'Anna Berg'],
    ['Senior Correspondent Anna Maria Berg', 'en', 'Anna Maria Berg'],
    ['Chefe Redactora Ana Souza', 'pt', 'Ana Souza'],
  ])('cuts a title of a rank or a field and a role before the name: “%s” (%s) is %s', (byline, lang, name) =>
    expect(bylinePeople(byline, { stopwords: nameStopwords(lang) })).toBe(name),
  );
  it.each([
    ['Anna Editor Berg', 'en'], // the role word inside a name of three words: nothing capitalised before it reads as a title
    ['Maria de Souza Lima', 'pt'], // a short label-like word ("de") is no role
  ])('keeps “%s” (%s) whole', (byline, lang) => expect(bylinePeople(byline, { stopwords: nameStopwords(lang) })).toBe(byline));
  it('leaves a name of one word after it no name (“Editor Jane”)', () => expect(bylinePeople('Editor Jane', { stopwords: nameStopwords('en') })).toBeNull());
});

describe('an agency or the news signing in a byline’s place', () => {
  const people = (t: string, lang = 'en') => bylinePeople(t, { stopwords: nameStopwords(lang) });

  it('reads no person in a wire or a news desk of two words', () => {
    expect(people('Europa Press', 'es')).toBeNull();
    expect(people('Sky News')).toBeNull();
    expect(people('Agencia Andina', 'es')).toBeNull();
    expect(people('Notizie Oggi', 'it')).toBeNull();
  });

  it('keeps a name with two words besides such a word', () => {
    expect(people('Laura Press Gómez', 'es')).toBe('Laura Press Gómez');
  });
});
