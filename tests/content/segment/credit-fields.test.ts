/** The fields of a credits line (credit-fields.ts). Names are made up. */
import { describe, expect, it } from 'vitest';
import { creditFields, creditLineFields, writerField } from '@/lib/content/segment/credit-fields';

describe('the fields of a credits line', () => {
  it('splits a line of labelled fields, each opening with its label', () => {
    expect(creditFields('Text: Erik Lund Foto: Per Holm')).toEqual(['Text: Erik Lund', 'Foto: Per Holm']);
    expect(creditFields('Текст: Олена Коваль, фото: Іван Петренко')).toBeNull();
    expect(creditFields('Haber: Ahmet Yılmaz - Fotoğraf: Mehmet Kaya')).toEqual(['Haber: Ahmet Yılmaz', 'Fotoğraf: Mehmet Kaya']);
    // One colon is one field: no line to split.
    expect(creditFields('Text: Erik Lund')).toBeNull();
  });

  it('picks the one field left once the picture’s credits are set aside', () => {
    expect(writerField(['Haber: Ahmet Yılmaz', 'Fotoğraf: Mehmet Kaya'])).toBe('Haber: Ahmet Yılmaz');
    // Two fields no table lists: either may be the photographer's.
    expect(writerField(['Haber: Ahmet Yılmaz', 'Düzenleme: Ayşe Demir'])).toBeNull();
    expect(writerField(null)).toBeNull();
  });

  it('splits any credits line at its bars, slashes and spaced dashes', () => {
    expect(creditLineFields('Anna Berg / Photo: Tom Reed')).toEqual(['Anna Berg', 'Photo: Tom Reed']);
    expect(creditLineFields(' Texto: Laura Gómez | Foto: Juan Pérez ')).toEqual(['Texto: Laura Gómez', 'Foto: Juan Pérez']);
  });
});
