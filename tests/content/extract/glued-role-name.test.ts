import { describe, expect, it } from 'vitest';
import { bylinePeople } from '@/lib/content/extract/byline-people';
import { matchByline } from '@/lib/content/segment/byline';
import { compileArticle } from '../../support/compile-text';

const check = { stopwords: new Set<string>() };

describe('a job title glued to the name by the scrape', () => {
  it('is cut when it is five letters or more before the capital ("ReporterAni Lestari")', () => {
    expect(bylinePeople('ReporterAni Lestari', check)).toBe('Ani Lestari');
    expect(bylinePeople('PenulisRina Wulandari', check)).toBe('Rina Wulandari');
  });

  it("keeps a name's own inner capital after a short prefix", () => {
    expect(bylinePeople('FitzGerald Jones', check)).toBe('FitzGerald Jones');
    expect(bylinePeople('Ronan MacLeod', check)).toBe('Ronan MacLeod');
    expect(bylinePeople('DeShawn Miller', check)).toBe('DeShawn Miller');
  });

  it('leaves the writer of a page whose byline glues the two', () => {
    const page = [
      'Beranda', 'Berita',
      'Pemkab Sukamaju bangun jembatan gantung baru di desa terpencil',
      'PenulisRina Wulandari',
      'Selasa, 12 Maret 2024 09:30 WIB',
      'Pemerintah kabupaten mulai membangun jembatan gantung baru yang menghubungkan dua desa di tepi sungai.',
      'Selama ini warga harus menyeberang dengan rakit, terutama saat musim hujan ketika arus sungai deras.',
      'Bagikan',
    ];
    expect(compileArticle(page.join('\n'))?.author?.value).toBe('Rina Wulandari');
  });
});

describe("an outlet's web address before the name", () => {
  it('is the outlet, and the name after the comma the writer', () => {
    expect(matchByline('Laporan Wartawan WartaCimanggu.com, Sri Wahyuni')).toEqual({ author: 'Sri Wahyuni', outlet: 'WartaCimanggu.com' });
  });

  it('leaves a name before its outlet as it was', () => {
    expect(matchByline('Por Ana Souza, Agência Brasil')?.author).toBe('Ana Souza');
    expect(matchByline('Sri Wahyuni, WartaCimanggu.com')?.author).toBe('Sri Wahyuni');
  });
});
