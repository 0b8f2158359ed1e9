/**
 * Sets a share card's text in any script: Pango (inside sharp's libvips, with HarfBuzz shaping
 * and FriBidi) lays out Arabic joining, Devanagari conjuncts, Thai marks and right-to-left lines,
 * which the card's SVG renderer (satori) cannot. Only bundled Noto faces are used: the faces a
 * text needs are unpacked to TrueType once (lib/og/woff.ts) and registered with fontconfig before
 * the text is set, and text with a character no bundled face has is refused, never drawn as boxes.
 */
import { existsSync, writeFileSync, mkdirSync, renameSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { facesFor, faceFile, type Face } from './script-fonts';
import { woffToSfnt } from './woff';
import type { TextDirection } from '@/lib/text-direction';

/** Where the unpacked TrueType files live (build cache: rebuilt from node_modules when missing). */
const fontCacheDir = () => path.join(process.cwd(), 'node_modules', '.cache', 'card-fonts');

const registered = new Map<string, Promise<void>>();

/** Unpacks a face to TrueType (once) and registers it with fontconfig (once per process). */
function registerFace(face: Face, weight: 400 | 700): Promise<void> {
  const woff = faceFile(face, weight);
  const known = registered.get(woff);
  if (known) return known;
  const ttf = path.join(fontCacheDir(), path.basename(woff).replace(/\.woff$/, '.ttf'));
  if (!existsSync(ttf)) {
    mkdirSync(path.dirname(ttf), { recursive: true });
    const partial = `${ttf}.${process.pid}.tmp`;
    writeFileSync(partial, woffToSfnt(readFileSync(woff)));
    renameSync(partial, ttf); // atomic: parallel test workers may unpack the same face
  }
  // libvips adds a `fontfile` to fontconfig's application fonts the first time it sees it, and
  // keeps it: one tiny render per file registers it for every later text.
  const done = sharp({ text: { text: '.', fontfile: ttf, dpi: 72 } })
    .raw()
    .toBuffer()
    .then(() => undefined);
  registered.set(woff, done);
  return done;
}

/** Scripts written without spaces whose words Pango cannot find without a dictionary (Thai, Lao, Khmer, Myanmar). */
const DICTIONARY_SCRIPTS = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** Chinese and Japanese: Pango may break between any two characters; a headline reads better broken between words. */
const IDEOGRAPHIC = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * The text with its line-break opportunities set by `Intl.Segmenter`'s words: a zero-width
 * space between two Thai (Lao, Khmer, Myanmar) words, and a word joiner between the characters
 * of one Chinese or Japanese word ("トラック" stays on one line), so a card's lines break
 * between words, as a reader would break them.
 */
export function markWordBreaks(text: string, lang: string): string {
  if (!DICTIONARY_SCRIPTS.test(text) && !IDEOGRAPHIC.test(text)) return text;
  let out = '';
  let previousWord = false;
  for (const { segment, isWordLike } of new Intl.Segmenter(lang === 'und' ? undefined : lang, { granularity: 'word' }).segment(text)) {
    const word = isWordLike === true && DICTIONARY_SCRIPTS.test(segment);
    if (word && previousWord) out += '\u200B';
    out += isWordLike === true && IDEOGRAPHIC.test(segment) ? [...segment].join('\u2060') : segment;
    previousWord = word;
  }
  return out;
}

const escapeMarkup = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** A block of text to set: its language and direction, size in pixels, weight, colour, the width it wraps at, and any extra pixels between letters. */
export type TextBlock = { text: string; lang: string; dir: TextDirection; size: number; weight: 400 | 700; color: string; width: number; tracking?: number };

/**
 * An image of set text, cropped to the text's extent: raw RGBA pixels (4 channels), not a PNG,
 * since the card composites it at once and a PNG would be encoded here only to be decoded there.
 */
export type TextImage = { data: Buffer; width: number; height: number };

/** Bytes per pixel of a TextImage: Pango sets the text as RGBA. */
const CHANNELS = 4;

/** How sharp is to read a TextImage's pixels (as an input or a composite layer). */
export const rawPixels = (image: TextImage): { width: number; height: number; channels: typeof CHANNELS } => ({ width: image.width, height: image.height, channels: CHANNELS });

/** The top `height` rows of an image: raw rows are stored one after another, so they are its first bytes. */
export function topRows(image: TextImage, height: number): TextImage {
  const rows = Math.min(height, image.height);
  return { data: image.data.subarray(0, image.width * CHANNELS * rows), width: image.width, height: rows };
}

/**
 * Sets `block` as raw RGBA pixels. Lines of a right-to-left block run right to left and are
 * aligned to their start (the right): a mark of direction first fixes the paragraph's
 * direction even when it opens with a Latin name or a number. Throws naming the characters
 * when a bundled face lacks any.
 */
export async function renderText(block: TextBlock): Promise<TextImage> {
  const choice = facesFor(block.text, block.lang);
  if (choice.missing.length > 0) {
    const named = choice.missing.map((c) => `"${c}" (U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`).join(', ');
    throw new Error(`no bundled font has ${named}`);
  }
  await Promise.all(choice.faces.map((face) => registerFace(face, block.weight)));
  const mark = block.dir === 'rtl' ? '\u200F' : '\u200E';
  const lang = block.lang === 'und' ? '' : ` lang="${escapeMarkup(block.lang)}"`;
  // Pango spaces letters in 1/1024 of a point, and a point is a pixel at 72 dpi.
  const tracking = block.tracking ? ` letter_spacing="${Math.round(block.tracking * 1024)}"` : '';
  const markup = `<span foreground="${block.color}"${lang}${tracking}>${mark}${escapeMarkup(markWordBreaks(block.text, block.lang))}</span>`;
  const font = `${choice.families.join(',') || 'Noto Sans'} ${block.weight === 700 ? 'Bold' : 'Regular'} ${block.size}`;
  const { data, info } = await sharp({ text: { text: markup, font, width: block.width, dpi: 72, rgba: true, wrap: 'word-char', align: 'left' } })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}
