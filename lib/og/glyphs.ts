/**
 * Keeps share-card text inside the bundled font. Satori asks the network for
 * any glyph its fonts lack (and fails the build for emoji), so text is reduced
 * to the code points the bundled subsets declare before it is rendered.
 */

/** An inclusive code point range. */
export type CodeRange = readonly [number, number];

/** Parse a CSS unicode-range list (`U+0000-00FF,U+0131`) into code point ranges. */
export function parseUnicodeRange(list: string): CodeRange[] {
  return list
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const match = /^U\+([0-9A-F]+)(?:-([0-9A-F]+))?$/i.exec(part);
      if (!match?.[1]) throw new Error(`not a unicode-range entry: ${part}`);
      const start = parseInt(match[1], 16);
      return [start, match[2] ? parseInt(match[2], 16) : start] as const;
    });
}

/** Whether a code point falls inside any of the ranges. */
export function isCovered(codePoint: number, ranges: readonly CodeRange[]): boolean {
  return ranges.some(([start, end]) => codePoint >= start && codePoint <= end);
}

/**
 * Code points that are covered by a text font's range yet turn into emoji in
 * the renderer (©, ®, ™, ‼, ⁉ are Emoji=Yes in Unicode), which satori would
 * fetch as images. Mapped to plain-text stand-ins instead.
 */
const EMOJI_LOOKALIKES: Record<string, string> = { '©': '(c)', '®': '(R)', '™': 'TM', '‼': '!!', '⁉': '?!' };

/** Emoji and what only makes sense inside one: presentation selectors, skin tones, keycaps, tag letters, flag letters, and the joiners between them. */
const EMOJI_RUN = /(?:\u200D?(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|[\uFE0E\uFE0F\u20E3]|[\u{E0020}-\u{E007F}])\u200D?)+/gu;

/**
 * The text without emoji (a share card is set in text fonts only), emoji look-alikes spelled
 * out, whitespace tidied. Every other character stays, the joiners of Persian and Indic text
 * included. Returns '' when nothing but emoji was there.
 */
export function stripEmoji(text: string): string {
  let out = '';
  for (const char of text) out += EMOJI_LOOKALIKES[char] ?? char;
  return out.replace(EMOJI_RUN, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The text with every code point the font lacks removed (emoji, variation
 * selectors, joiners and other scripts), emoji look-alikes spelled out, and
 * whitespace tidied. Returns '' when nothing renderable is left.
 */
export function fitToFont(text: string, ranges: readonly CodeRange[]): string {
  let out = '';
  for (const char of text) {
    const lookalike = EMOJI_LOOKALIKES[char];
    if (lookalike) {
      out += lookalike;
      continue;
    }
    const cp = char.codePointAt(0) ?? 0;
    // Zero-width joiners and non-joiners (inside U+2000–206F) only matter between emoji we drop.
    if (cp === 0x200c || cp === 0x200d) continue;
    out += isCovered(cp, ranges) ? char : ' ';
  }
  return out.replace(/\s+/g, ' ').trim();
}
