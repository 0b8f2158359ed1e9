/**
 * How far a © line's name runs, by what the rest of the page prints (outlet-copyright-extent.ts). Pages and names are
 * made up; each expectation is the name as the page's other line prints it.
 */
import { describe, expect, it } from 'vitest';
import { sourceLines } from '../../support/compile-text';
import { nameStopwords } from '@/lib/content/extract/name-shape';
import { copyrightFind } from '@/lib/content/extract/outlet-copyright';
import { withPrintedExtent } from '@/lib/content/extract/outlet-copyright-extent';

const STORY = [
  'The port authority opened a new container terminal on the east quay on Monday, officials said.',
  'Construction took two years and involved several local firms, the authority said.',
];
const filled = (lines: string[]) => sourceLines(lines.join('\n')).filter((l) => l.text.trim() !== '');

/** The © line's name (the last line of `lines`) as the page's other lines bound it. */
function extent(lines: string[], language: string): string | null {
  const page = filled(lines);
  const last = page.at(-1)!;
  return withPrintedExtent(copyrightFind(last, nameStopwords(language)), page)?.value ?? null;
}

describe('a © line’s name, as far as the page prints it', () => {
  it('cuts an unlisted rights notice off a name the footer’s row of links prints (Georgian)', () => {
    const lines = ['მთავარი', 'სპორტი', ...STORY, 'ჩვენ შესახებ · ნავსადგურის ამბები · კონტაქტი', '© 2026 ნავსადგურის ამბები ყველა უფლება დაცულია'];
    expect(extent(lines, 'ka')).toBe('ნავსადგურის ამბები');
  });

  it('cuts an address off a name a title line prints (Thai)', () => {
    const lines = ['ท่าเรือเปิดท่าเทียบเรือใหม่ | ข่าวท่าเรือ', 'หน้าแรก', ...STORY, '© 2026 ข่าวท่าเรือ 99 ถนนสุขุมวิท กรุงเทพฯ'];
    expect(extent(lines, 'th')).toBe('ข่าวท่าเรือ');
  });

  it('takes the name after a notice, without the preposition glued to it (Arabic, Hebrew)', () => {
    expect(extent(['الرئيسية', ...STORY, 'من نحن - صحيفة المرفأ - اتصل بنا', '© 2026 كل الحقوق محفوظة لصحيفة المرفأ'], 'ar')).toBe('صحيفة المرفأ');
    expect(extent(['ראשי', ...STORY, 'אודות | חדשות הנמל | צור קשר', '© 2026 כל הזכויות שמורות לחדשות הנמל'], 'he')).toBe('חדשות הנמל');
  });

  it('takes the name before the mark when the words after it are the notice (Chinese, Korean)', () => {
    expect(extent(['港灣日報', '首頁', '港聞', ...STORY, '港灣日報 © 2026 版權所有'], 'zh')).toBe('港灣日報');
    expect(extent(['항구일보', '홈', '사회', ...STORY, '항구일보 ⓒ 2026 무단 전재 및 재배포 금지'], 'ko')).toBe('항구일보');
  });

  it('lengthens a name read short to the whole name the page prints (Hindi)', () => {
    const lines = ['होम', 'देश', ...STORY, 'हमारे बारे में | बंदरगाह समाचार | संपर्क करें', 'कॉपीराइट © 2026 बंदरगाह समाचार सभी अधिकार आरक्षित'];
    expect(extent(lines, 'hi')).toBe('बंदरगाह समाचार');
  });

  it('cuts a publisher’s words off a name of two words the page prints', () => {
    expect(extent(['Harbour Ledger', 'Home', ...STORY, '© 2026 Harbour Ledger Northport Media Group'], 'en')).toBe('Harbour Ledger');
  });
});

describe('a © line’s name the page gives no cause to cut', () => {
  it('keeps a name the page prints whole', () => {
    expect(extent(['ნავსადგურის ამბები ყველა', ...STORY, '© 2026 ნავსადგურის ამბები ყველა'], 'ka')).toBe('ნავსადგურის ამბები ყველა');
  });

  it('keeps a name whose last word alone is a menu’s word on the first line', () => {
    expect(extent(['Ziņas', 'Latvijā', 'Pasaulē', ...STORY, '© Rīgas Ziņas, 2026'], 'lv')).toBe('Rīgas Ziņas');
  });

  it('keeps a name whose first word alone, with capitals, stands in a title line', () => {
    expect(extent(['Radio | Home | Sport', ...STORY, '© 2026 Radio Harbour Valley'], 'en')).toBe('Radio Harbour Valley');
  });

  it('keeps a name whose first word alone stands on a line of its own lower down (a section’s word)', () => {
    expect(extent(['ראשי', 'חדשות', 'כלכלה', ...STORY, '© 2026 חדשות הנמל חיפה והצפון'], 'he')).toBe('חדשות הנמל חיפה והצפון');
  });

  it('keeps the name after the mark when a footer link, not the masthead, stands before it', () => {
    expect(extent(['Harbour Ledger', 'Home | Contact us | Advertise', ...STORY, 'Contact us © 2026 Harbour Ledger Northport'], 'en')).toBe('Harbour Ledger');
    expect(extent(['港灣日報', '首頁 | 聯絡我們 | 廣告', ...STORY, '聯絡我們 © 2026 港灣日報 版權所有'], 'zh')).toBe('港灣日報');
  });

  it('keeps a name when nothing else on the page prints any part of it', () => {
    expect(extent(['მთავარი', 'სპორტი', ...STORY, '© 2026 ნავსადგურის ამბები ყველა უფლება დაცულია'], 'ka')).toBe('ნავსადგურის ამბები ყველა უფლება დაცულია');
  });
});
