/**
 * Names in a script with spaces but no letter case (Arabic, Persian, Hebrew, Devanagari, Bengali, Ethiopic, Tamil…):
 * no capital says where a name starts or that a word is a name, so the line's place and its field label do. Two or
 * three words, as a name is written; scripts that do not space their words (Han, kana, Thai…) are left out, since a
 * space there does not part the words of a name from the words around it.
 */
import type { Byline } from './byline';
import { hasUnspacedScript } from '../extract/script/text-script';
import { isPhotoCredit } from './credit-rules';

// A word of a script without letter case: letters and marks (and the zero-width non-joiner Persian writes inside words), no capital to read.
const UNCASED_WORD = String.raw`(?:(?![\p{Lu}\p{Ll}])[\p{L}])[\p{L}\p{M}\u200c'’\-]*`;
const UNCASED_NAMES = String.raw`${UNCASED_WORD}(?:\s+${UNCASED_WORD}){1,2}`;
const UNCASED_NAME = new RegExp(`^${UNCASED_NAMES}$`, 'u');
/** "نویسنده: علی رضایی", "संवाददाता: राम कुमार": one word of two to fourteen letters, a colon, then the name. */
const LABELLED_UNCASED_NAME = new RegExp(`^[\\p{L}\\p{M}\\u200c]{2,14}\\s*[:：]\\s*(${UNCASED_NAMES})$`, 'u');

const trimmed = (text: string) => text.trim().replace(/^[,|/–—\-·•]+|[,|/–—\-·•]+$/gu, '').trim();

/**
 * A name of two or three words in a script without case ("דנה כהן"), as left of a dateline once its date is cut out
 * ("דנה כהן | 12.03.2024") or on a line of its own straight beside the story's date. Only beside a date: elsewhere two
 * such words could be a subheading, and no capital tells.
 */
export function matchUncasedNameBesideDate(text: string): Byline | null {
  const t = trimmed(text);
  return UNCASED_NAME.test(t) && !hasUnspacedScript(t) ? { author: t, outlet: null } : null;
}

/**
 * A field label and a colon, then a name of two or three words in a script without case ("نویسنده: علی رضایی",
 * "ዘጋቢ: አበበ ከበደ"): the colon makes the word a field's label, as COLON_LABELLED reads it in cased scripts, where the
 * capitals add the evidence that the value is a name. Here nothing in the line does, so callers read it only where the
 * story's byline stands (around the headline and the date); a photographer's or a source's credit is never one.
 */
export function matchUncasedLabelledName(text: string): Byline | null {
  const t = trimmed(text);
  const m = LABELLED_UNCASED_NAME.exec(t);
  return m && !hasUnspacedScript(t) && !isPhotoCredit(t) ? { author: m[1]!, outlet: null } : null;
}

// Scripts that space no words but do space a name's parts (Thai "สมชาย ใจดี", Lao, Khmer, Myanmar): two or three runs.
const SPACED_PARTS = String.raw`[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]{2,15}(?:\s+[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]{2,15}){1,2}`;
// Scripts that write a whole name as one run (Korean "김민지", Chinese "王小明", Japanese "山田太郎").
const ONE_RUN = String.raw`\p{Script=Hangul}{2,4}|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{2,5}`;
// A picture's or a source's label in these scripts ("사진:", "写真：", "ภาพ:", "ที่มา:"): evidence against, never the decider.
const PICTURE_OR_SOURCE = /^(?:사진|그래픽|출처|자료|写真|照片|图片|图|圖|出典|出处|来源|來源|出所|编辑|編輯|责编|责任编辑|責任編輯|ภาพ|รูป|ที่มา|ຮູບ|ແຫຼ່ງ|រូបភាព|ប្រភព|ဓာတ်ပုံ|ရင်းမြစ်)\s*[:：]/u;
/** "ผู้เขียน: สมชาย ใจดี", "취재: 김민지", "記者：山田太郎": a field label of one word, a colon, then the name alone. */
const LABELLED_UNSPACED_NAME = new RegExp(`^[\\p{L}\\p{M}]{2,14}\\s*[:：]\\s*(${SPACED_PARTS}|${ONE_RUN})$`, 'u');

/**
 * A field label and a colon, then a name in a script that spaces no words ("ผู้เขียน: สมชาย ใจดี", "취재: 김민지"): the
 * colon makes the word a field's label, as matchUncasedLabelledName reads it for spaced scripts. A field's value may as
 * well be a section or a topic ("หมวด: ข่าว ท้องถิ่น", "분야: 정치"), and such words are printed again on the page (a
 * menu, the story), so the name is read only when no other line of `pageLines` holds any of its parts; callers read it
 * only where the story's byline stands. Never a photographer's or a source's credit.
 */
export function matchUnspacedLabelledName(text: string, pageLines: readonly string[]): Byline | null {
  const t = trimmed(text);
  const m = LABELLED_UNSPACED_NAME.exec(t);
  if (m === null || isPhotoCredit(t) || PICTURE_OR_SOURCE.test(t)) return null;
  const parts = m[1]!.split(/\s+/u);
  const printedElsewhere = pageLines.some((line) => line.trim() !== text.trim() && parts.some((p) => line.includes(p)));
  return printedElsewhere ? null : { author: m[1]!, outlet: null };
}
