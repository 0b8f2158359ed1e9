import { describe, expect, it } from 'vitest';
import { matchUnspacedLabelledName } from '@/lib/content/segment/uncased-name';

const page = ['หน้าแรก', 'ข่าว', 'กีฬา', 'สภาเมืองอนุมัติงบประมาณใหม่', 'ผู้เขียน: สมชาย ใจดี', '홈', '정치', '시의회는 예산안을 승인했다.'];
const labelled = (t: string, lines: readonly string[] = [...page, t]) => matchUnspacedLabelledName(t, lines)?.author ?? null;

describe('a field label and a name in a script that spaces no words', () => {
  it('reads a Thai name of two parts after a one-word label and a colon', () => {
    expect(labelled('ผู้เขียน: สมชาย ใจดี')).toBe('สมชาย ใจดี');
  });

  it('reads a Korean, Chinese or Japanese name written as one run after the label', () => {
    expect(labelled('취재: 김민지')).toBe('김민지');
    expect(labelled('作者：王小明')).toBe('王小明');
    expect(labelled('記者：山田太郎')).toBe('山田太郎');
  });

  it('takes no value whose words the page prints on another line (a section, a topic)', () => {
    expect(labelled('หมวด: ข่าว ท้องถิ่น')).toBeNull();
    expect(labelled('분야: 정치')).toBeNull();
  });

  it('takes no photographer, source or editor for the writer', () => {
    expect(labelled('사진: 박서준')).toBeNull();
    expect(labelled('ภาพ: สมชาย ใจดี')).toBeNull();
    expect(labelled('来源：新华社')).toBeNull();
    expect(labelled('责任编辑：李华')).toBeNull();
  });

  it('reads no line without a colon, no sentence and no run too long for a name', () => {
    expect(labelled('ผู้เขียน สมชาย ใจดี')).toBeNull();
    expect(labelled('취재: 김민지가 말했다')).toBeNull();
    expect(labelled('分类：国内新闻报道')).toBeNull();
  });
});
