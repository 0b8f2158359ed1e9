import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '@/lib/content/schema';
import type { Block } from '@/lib/content/segment/segment';
import { isDateShaped } from '@/lib/content/extract/headline-neighbours';
import { linkListReason } from '@/lib/content/extract/furniture-page';
import { isUnterminatedText } from '@/lib/content/extract/text-start';
import { stopwordsFor } from '@/lib/content/segment/line-evidence';
import { bodyTexts, compileArticle, compileText } from '../../support/compile-text';

/** Thai marks no sentence end and puts no space between words: these paragraphs are all under twenty words. */
const SHORT_PARAGRAPHS = [
  'กองทัพเรือจัดพิธีรับมอบเรือตรวจการณ์ลำใหม่ที่ฐานทัพเรือสัตหีบเมื่อเช้าวันนี้',
  'เรือลำนี้สร้างโดยอู่ต่อเรือในประเทศ และใช้เวลาก่อสร้างประมาณสามปี',
  'โฆษกกองทัพเรือกล่าวว่า เรือลำใหม่จะลาดตระเวนในอ่าวไทยเป็นหลัก',
  'คาดว่าจะมีการต่อเรือแบบเดียวกันอีกหนึ่งลำภายในสองปีข้างหน้า',
];
const block = (text: string, line = 1): Block => ({ line, text, lines: [{ n: line, text }], mark: null });
const th = stopwordsFor('th');

describe('running text in a script without sentence terminals (Thai, Lao)', () => {
  it('reads a Thai paragraph of twelve words or more as running text, and a menu item or headline-sized label not', () => {
    for (const p of SHORT_PARAGRAPHS) expect(isUnterminatedText(block(p), th)).toBe(true);
    expect(isUnterminatedText(block('ต่างประเทศ'), th)).toBe(false);
    expect(isUnterminatedText(block('ข่าวที่เกี่ยวข้อง'), th)).toBe(false);
    // A line in a script with terminals is left to isProse, whatever its length.
    expect(isUnterminatedText(block('The navy took delivery of a new patrol ship at the base this morning without ceremony'), th)).toBe(false);
  });

  it('publishes a Thai story whose every paragraph is short, instead of rejecting it as furniture', () => {
    const text = ['หน้าแรก', 'ข่าว', 'ทหาร', 'กองทัพเรือรับมอบเรือตรวจการณ์ลำใหม่', ...SHORT_PARAGRAPHS].join('\n\n');
    const { articles, errors } = compileText(text);
    expect(errors).toEqual([]);
    expect(articles[0]?.body.map((b) => b.text)).toEqual(SHORT_PARAGRAPHS);
  });

  it('keeps the short paragraphs under the last subheading, and leaves the tag list out', () => {
    const lines = [
      'กองทัพเรือรับมอบเรือตรวจการณ์ลำใหม่',
      'กระทรวงกลาโหมลงนามในสัญญาจัดซื้อเรือตรวจการณ์รุ่นใหม่ เพื่อเสริมกำลังให้กับกองทัพเรือในอ่าวไทยและทะเลอันดามันตลอดปีนี้',
      'เสียงวิจารณ์',
      'นักวิชาการบางส่วนตั้งคำถามถึงความคุ้มค่าของโครงการนี้',
      'แต่กระทรวงยืนยันว่าการจัดซื้อเป็นไปตามแผนที่วางไว้แล้ว',
      'แท็ก',
      'กองทัพเรือ',
      'เรือตรวจการณ์',
    ];
    expect(bodyTexts(lines)).toEqual(lines.slice(1, 5));
    expect(compileArticle(lines.join('\n'))?.body.find((b) => b.text === 'เสียงวิจารณ์')?.kind).toBe('heading');
  });

  it('does not take a Thai date with its time, printed with a full stop, for the first paragraph', () => {
    const lines = ['หน้าแรก', 'ทหาร', 'วันพฤหัสบดี ที่ 14 มีนาคม พ.ศ. 2567, 10.30 น.', 'กองทัพเรือรับมอบเรือตรวจการณ์ลำใหม่', ...SHORT_PARAGRAPHS];
    const article = compileArticle(lines.join('\n\n'));
    expect(article?.title.value).toBe('กองทัพเรือรับมอบเรือตรวจการณ์ลำใหม่');
    expect(article?.body[0]?.text).toBe(SHORT_PARAGRAPHS[0]);
  });
});

describe('a date the date reader does not know is told by its shape', () => {
  it('reads a Buddhist-era year and a time with its separator as a date', () => {
    expect(isDateShaped('วันพฤหัสบดี ที่ 14 มีนาคม พ.ศ. 2567, 10.30 น.')).toBe(true);
    expect(isDateShaped('14 มีนาคม 2567')).toBe(true);
  });

  it('does not read a headline with two figures and five words as a date', () => {
    expect(isDateShaped('Army to buy 12 more tanks by 2027')).toBe(false);
  });
});

describe('a link list is told from a Thai story by the spaces that part its sentences', () => {
  const heading = (text: string, line: number): BodyBlock => ({ kind: 'heading', text, line });
  const paragraph = (text: string, line: number): BodyBlock => ({ kind: 'paragraph', text, line });

  it('does not reject a Thai story with three subheadings whose paragraphs run on past a space', () => {
    const body = [
      paragraph(SHORT_PARAGRAPHS[1]!, 1),
      heading('รายละเอียดของสัญญา', 2),
      paragraph(SHORT_PARAGRAPHS[2]!, 3),
      heading('การฝึกกำลังพล', 4),
      paragraph('ทหารกลุ่มแรกจะไปฝึกกับผู้ผลิตก่อน แล้วจะกลับมาเป็นครูฝึกให้กับหน่วยอื่นต่อไป', 5),
      heading('เสียงวิจารณ์', 6),
    ];
    expect(linkListReason(body)).toBeNull();
  });

  it('still rejects Thai headlines each with a one-clause teaser', () => {
    const body = [
      heading('กองทัพเรือรับมอบเรือลำใหม่', 1),
      paragraph('พิธีจัดขึ้นที่ฐานทัพเรือสัตหีบในช่วงเช้าวันนี้', 2),
      heading('ทหารฝึกร่วมกับมิตรประเทศ', 3),
      paragraph('การฝึกครั้งนี้จะใช้เวลาสองสัปดาห์ทางภาคใต้', 4),
      heading('งบประมาณกลาโหมเพิ่มขึ้น', 5),
      paragraph('รัฐบาลเสนอเพิ่มงบประมาณให้กับกองทัพบก', 6),
    ];
    expect(linkListReason(body)).toMatch(/a list of 3 headlines/);
  });
});
