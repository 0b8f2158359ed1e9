/**
 * Whether a text may name an outlet, as the outlet finds read it: name-shape.ts's name shape, with what a
 * name in an outlet's place may be besides (an acronym a stopword list holds, a credited word).
 */
import { isOutletName as nameShaped } from './name-shape';

const NO_STOPWORDS: ReadonlySet<string> = new Set();
/**
 * Whether a text has a name's shape (name-shape.ts), an acronym in capitals whatever the stopword lists hold: a list
 * may hold an agency's name as a word of its corpus (Italian's holds "ansa"), but a function word is never written
 * in capitals in a name's place ("© ANSA", "Fonte: ANSA", "ROMA (ANSA) –").
 */
export const isOutletName = (text: string, stopwords: ReadonlySet<string>) =>
  nameShaped(text, stopwords) || (/^\p{Lu}{2,6}$/u.test(text.trim()) && nameShaped(text, NO_STOPWORDS));

/**
 * A name after a known source label: one capitalised word there is a name even when a stopword list holds it as a
 * word ("Fonte: Ansa"; Italian's list holds "ansa"): a label word names what follows it.
 */
export const isCreditedName = (text: string, stopwords: ReadonlySet<string>) =>
  isOutletName(text, stopwords) || (/^\p{Lu}\p{Ll}{3,}$/u.test(text.trim()) && nameShaped(text, NO_STOPWORDS));
