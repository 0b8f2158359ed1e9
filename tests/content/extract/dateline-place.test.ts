import { describe, expect, it } from 'vitest';
import { isDatelinePlace } from '@/lib/content/extract/dateline-place';
import { compileArticle } from '../../support/compile-text';

describe('isDatelinePlace', () => {
  it("reads a two-word place the story's first paragraph opens with as its dateline", () => {
    expect(isDatelinePlace('Kota Kinabalu', ['KOTA KINABALU: Beberapa kawasan rendah dilanda banjir kilat semalam.'])).toBe(true);
    expect(isDatelinePlace('Kota Kinabalu', ['KOTA KINABALU, 12 Mac (Bernama) – Beberapa kawasan dilanda banjir.'])).toBe(true);
    expect(isDatelinePlace('Nova Gorica', ['Nova Gorica – Mestni svet je v torek potrdil nov proračun.'])).toBe(true);
  });

  it('reads no name the story merely opens with, and no place of one word', () => {
    expect(isDatelinePlace('Ana Souza', ['Ana Souza, 34, perdeu o emprego em março.'])).toBe(false);
    expect(isDatelinePlace('Ana Souza', ['A prefeitura anunciou a reforma de cinco praças.'])).toBe(false);
    // An interview's first question, its speaker (the writer) and a colon in mixed case.
    expect(isDatelinePlace('Anna Berg', ['Anna Berg: Jak zaczęła się pani praca w szkole?'])).toBe(false);
    expect(isDatelinePlace('Dodoma', ['DODOMA: Halmashauri imeidhinisha bajeti mpya.'])).toBe(false);
  });
});

describe('a place alone in the byline\'s place', () => {
  const page = (first: string) =>
    [
      'Utama', 'Berita', 'Sukan',
      'Banjir kilat landa beberapa kawasan selepas hujan lebat',
      'Kota Kinabalu',
      '12 Mac 2024',
      first,
      'Pasukan bomba memindahkan kira-kira empat puluh penduduk ke dewan orang ramai berhampiran.',
      'Air dilaporkan mulai surut menjelang tengah malam dan jalan utama dibuka semula.',
      'Kongsi',
    ].join('\n');

  it('is no writer when the story opens with it as its dateline', () => {
    expect(compileArticle(page('KOTA KINABALU: Beberapa kawasan rendah dilanda banjir kilat selepas hujan lebat semalam.'))?.author ?? null).toBeNull();
  });
});
