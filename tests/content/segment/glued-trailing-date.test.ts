import { describe, expect, it } from 'vitest';
import { splitGluedLine } from '@/lib/content/segment/glued-lines';

const NO_HINTS = { outlets: [], menu: new Set<string>() };

describe('a headline with its date set after it on one line', () => {
  it.each([
    ['県が新しい防災計画を発表 2024年3月12日 14時05分', ['県が新しい防災計画を発表', '2024年3月12日 14時05分']],
    ['Нови аутобуси за градске линије 12.03.2024. 14:05', ['Нови аутобуси за градске линије', '12.03.2024. 14:05']],
    ['Nowe autobusy elektryczne dla całego miasta | 12.03.2024', ['Nowe autobusy elektryczne dla całego miasta', '12.03.2024']],
  ])('splits “%s” into the headline and the date', (line, parts) => expect(splitGluedLine(line, NO_HINTS)).toEqual(parts));

  it.each([
    // A month name may be the sentence's own words.
    'Minsk received the drones on 12 March 2024',
    // A head ending in a function word runs on into its date.
    'The report was published on 12.03.2024',
    // The whole line is a dateline or a stamp already.
    'Updated at 2:05 p.m. on 3/12/2024',
    'Jane Doe 12.03.2024',
    // A label of fewer than three words.
    'Published 12.03.2024',
  ])('leaves “%s” whole', (line) => expect(splitGluedLine(line, NO_HINTS)).toEqual([line]));

  it.each([
    ['Harbour board approves a second pier at the quay 12 March 2024', ['Harbour board approves a second pier at the quay', '12 March 2024']],
    ['Il Comune approva le nuove piste ciclabili in centro 12 marzo 2024, 14:05', ['Il Comune approva le nuove piste ciclabili in centro', '12 marzo 2024, 14:05']],
    ['Gradska vijeća odobrila nove biciklističke staze 12. ožujka 2024.', ['Gradska vijeća odobrila nove biciklističke staze', '12. ožujka 2024.']],
  ])('splits a date with a month’s name off a headline above the text: “%s”', (line, parts) => expect(splitGluedLine(line, NO_HINTS)).toEqual(parts));

  it('leaves a date with a month’s name on a line under the text, or after a function word, or without its day', () => {
    expect(splitGluedLine('Timeline of the harbour dispute 12 March 2024', NO_HINTS, {}, true)).toEqual(['Timeline of the harbour dispute 12 March 2024']);
    expect(splitGluedLine('Minsk received the drones on 12 March 2024', NO_HINTS)).toEqual(['Minsk received the drones on 12 March 2024']);
    expect(splitGluedLine('Harbour board approves a second pier at the quay March 2024', NO_HINTS)).toEqual(['Harbour board approves a second pier at the quay March 2024']);
  });
});
