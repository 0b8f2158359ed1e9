/**
 * The marks a link to another story carries on its headline and a subheading never does: a time or date stamp (or a
 * count) glued to it, a pointer (an arrow, a closing guillemet the line never opened) at its end or its line's start,
 * and quotes around the whole title. Shape only, in any language: linked-headline.ts weighs them as evidence.
 */
import { opensWithPointer } from '../segment/related-rules';

/** A time (14:32, 14h32) or an all-figure date (12.03.2024, 2024-03-12), or a count in brackets, at the headline's end or start. */
const STAMP = String.raw`(?:\d{1,2}[:h]\d{2}|\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|\(\d{1,5}\))`;
const STAMP_AT_END = new RegExp(String.raw`(?:^|[\s|–—(,])${STAMP}\)?$`, 'u');
const STAMP_AT_START = new RegExp(String.raw`^\(?${STAMP}(?:\s*[|–—-]\s*|\s+)\S`, 'u');

/** Whether a time or date stamp (or a count) is glued to the headline: what a link to another story carries. */
export function hasGluedStamp(rest: string): boolean {
  return STAMP_AT_END.test(rest) || STAMP_AT_START.test(rest);
}

/** An arrow at the line's end, or a closing guillemet (» ›) the line never opened: a link's pointer, not a quote's end. */
const POINTER = /(?:[→⇒➔➜➝➞⟶▶►▸]|>>|(?<!«.*)»|(?<!‹.*)›)\s*$/u;

/**
 * Whether the headline ends in a link's pointer ("… →", "… »" with no « before it), or the line opens with one
 * ("► Label: …", "» Label: …", opensWithPointer): what a link carries, never a subheading.
 */
export function hasLinkPointer(rest: string, line = ''): boolean {
  return POINTER.test(rest.trim()) || opensWithPointer(line);
}

/** A headline set wholly in quotes or guillemets ("…", «…», „…“, 「…」), as a title is quoted. */
const QUOTED = /^["“„«»‹‚‘「『].*["”“»«›’‘」』]$/u;

/**
 * Whether the words after a label of linking words are a quoted title ('Watch: «The night the bridge fell»'). A speaker's
 * words under a subheading are quoted too ('Residents: "We were never warned"'), behind a name or a role, never behind
 * linking words: so this counts only with them (linkedHeadlines).
 */
export function isQuotedHeadline(rest: string): boolean {
  const t = rest.trim();
  return t.length > 2 && QUOTED.test(t);
}
