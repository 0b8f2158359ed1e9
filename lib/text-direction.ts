/**
 * Which way a language is written, from the runtime's own locale data (CLDR through
 * `Intl.Locale`), so every right-to-left language is known without a list of our own:
 * Arabic, Persian, Urdu, Hebrew, Yiddish, Pashto, Dhivehi, Sindhi and the rest.
 */
import { z } from 'zod';

export type TextDirection = 'rtl' | 'ltr';

const textInfo = z.object({ direction: z.enum(['rtl', 'ltr']) });

/** Directions already read, by tag: list pages ask once per item, and an archive has few languages. */
const directions = new Map<string, TextDirection>();

/** The writing direction of a BCP 47 tag; `ltr` for `und` or a tag the runtime cannot read. */
export function textDirection(lang: string): TextDirection {
  let direction = directions.get(lang);
  if (direction === undefined) {
    direction = readDirection(lang);
    directions.set(lang, direction);
  }
  return direction;
}

function readDirection(lang: string): TextDirection {
  try {
    const locale = new Intl.Locale(lang);
    // Node 20 has the `textInfo` accessor; the newer spec renamed it `getTextInfo()`.
    const getter: unknown = Reflect.get(locale, 'getTextInfo');
    const info: unknown = typeof getter === 'function' ? Reflect.apply(getter, locale, []) : Reflect.get(locale, 'textInfo');
    const parsed = textInfo.safeParse(info);
    return parsed.success ? parsed.data.direction : 'ltr';
  } catch {
    return 'ltr';
  }
}

/** True when `lang` is written right to left. */
export const isRightToLeft = (lang: string): boolean => textDirection(lang) === 'rtl';

/** `dir` for an element holding text in `lang`: 'rtl' for a right-to-left language, else undefined (inherit). */
export const dirAttribute = (lang: string): 'rtl' | undefined => (isRightToLeft(lang) ? 'rtl' : undefined);

/**
 * The `lang` and `dir` of an element holding a story's own text (headline, body, teaser, a
 * quoted sentence): `dir` only for a right-to-left language, so left-to-right text inherits.
 */
export const storyTextProps = (lang: string): { lang: string; dir?: 'rtl' } => {
  const dir = dirAttribute(lang);
  return dir ? { lang, dir } : { lang };
};
