/**
 * A © line a picture's label opens ("Photo: © Getty Images") credits the picture's owner, not the page: a credit of
 * one point, the outlet only when the page names no publication of its own (outlet-credits.ts isLabelledCopyright).
 * Pages, sites and names are made up.
 */
import { describe, expect, it } from 'vitest';
import { sourceLines } from '../../support/compile-text';
import { chooseOutlet } from '@/lib/content/extract/infer-outlet';
import { nameStopwords } from '@/lib/content/extract/name-shape';
import { outletFinds } from '@/lib/content/extract/outlet-lines';
import { isLabelledCopyright } from '@/lib/content/extract/outlet-credits';

const DE_TOP = ['Wiener Hafenbote', 'Startseite', 'Politik', 'Wirtschaft', 'Sport'];
const DE_STORY = [
  'Neue Fähre verbindet beide Ufer ab dem Frühjahr',
  '5. Dezember 2026',
  'Der Gemeinderat hat am Donnerstag den Kauf einer elektrischen Fähre für die Überfahrt beschlossen.',
  'Das Schiff soll bis zu achtzig Fahrgäste und zwanzig Fahrräder befördern können.',
  'Die ersten Fahrten sind nach Angaben der Stadt für den kommenden April geplant.',
];
const outlet = (lines: string[], language: string) => chooseOutlet(outletFinds(sourceLines(lines.join('\n')), nameStopwords(language)), null)?.value ?? null;

describe('a © line a picture’s label opens', () => {
  it.each([
    'Photo: © Getty Images',
    'Foto © Herbert Lindner / Bildagentur Nordlicht',
    'Фото: © Олег Руденко',
    'Sawir: © Hiiraan Sawirro',
    'Ilustrační foto: © Jan Novák',
  ])('“%s” is a credit', (line) => {
    expect(isLabelledCopyright(line)).toBe(true);
  });

  it.each([
    '© 2026 Wiener Hafenbote',
    'Copyright: © 2026 Wiener Hafenbote',
    'Wiener Hafenbote © 2026',
    'Sva prava zadržana © 2026 Glasnik',
    'Her hakkı saklıdır. Sabah Gazetesi ©',
    'Harbour Ledger 2026 ©',
  ])('“%s” is the page’s own line', (line) => {
    expect(isLabelledCopyright(line)).toBe(false);
  });

  it('gives way to the page’s own masthead', () => {
    expect(outlet([...DE_TOP, ...DE_STORY, 'Foto: © Bildagentur Nordlicht', 'Datenschutz'], 'de')).toBe('Wiener Hafenbote');
  });

  it('still names the outlet when the page names nothing of its own', () => {
    expect(outlet(['Startseite', 'Politik', 'Sport', ...DE_STORY, 'Foto: © Bildagentur Nordlicht', 'Datenschutz'], 'de')).toBe('Bildagentur Nordlicht');
  });

  it('leaves a © line with no label the page’s own, over the masthead as before', () => {
    const finds = outletFinds(sourceLines([...DE_TOP, ...DE_STORY, '© 2026 Wiener Hafenbote', 'Datenschutz'].join('\n')), nameStopwords('de'));
    expect(finds.find((f) => f.value === 'Wiener Hafenbote' && f.kind === 'copyright line')?.weight).toBe(3);
  });
});
