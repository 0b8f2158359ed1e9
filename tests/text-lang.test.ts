import { describe, expect, it } from 'vitest';
import { cyrillicLang } from '@/lib/text-lang';

describe('cyrillicLang', () => {
  it('marks a Russian photo credit as ru', () => {
    expect(cyrillicLang('Фото: Министерство обороны Республики Казахстан')).toBe('ru');
  });

  it('marks Belarusian text (ў, і, no и/щ/ъ) as be', () => {
    expect(cyrillicLang('Фота: Міністэрства абароны Рэспублікі Беларусь, ўсе правы')).toBe('be');
  });

  it('marks Ukrainian text (ї, є, ґ) as uk', () => {
    expect(cyrillicLang('Міністерство оборони України')).toBe('uk');
  });

  it('leaves Latin text and mostly-Latin text to the page language', () => {
    expect(cyrillicLang('Photo: Ministry of Defence')).toBeNull();
    expect(cyrillicLang('Photo by the Ministry of Defence (Минобороны)')).toBeNull();
    expect(cyrillicLang('• $ 87.25 -0.60')).toBeNull();
  });
});
