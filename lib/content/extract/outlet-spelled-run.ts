/**
 * A name among other words in the page's footer that the page's own address spells: "Lakeside Courier 2026" or
 * "Lakeside Courier | About us | Contact" under the story beside "desk@lakesidecourier.example". Two witnesses that
 * agree letter for letter: the words stand where a site prints its name (below the story's last sentence, among the
 * page's last five lines), and an address (an e-mail's or a web address's host) spells exactly those words. Alone, a
 * footer's run of words is a link's label as often and an e-mail a person's; an address spelling the words is the
 * site naming itself twice. In any script a transliteration reaches (spellsAlike: "Озёрный вестник",
 * "ozernyvestnik.ru"), so no letter case is needed; an opening capital is asked of a cased word only. The top lines
 * an address spells are read by the masthead readers (outlet-masthead.ts), not here.
 *
 * Not read: a run the story's text mentions (its subject: a company and its website), a token that is itself an
 * address, and names of fewer than five letters (a short key agrees with a host by chance). Two points.
 */
import type { SourceLine } from '../source/normalise';
import { addressOf, bareHost, letterKey, spellsAlike } from './outlet-address';
import { isStoryText } from './outlet-credits';
import { mentionOf } from './name-mention';
import { isCased } from './name-shape';
import type { OutletFind } from './outlet-lines';

/** The longest run of words a name has (four), and how many of the page's last lines are read. */
const MAX_WORDS = 4;
const EDGE = 5;

/** A line's words without the marks round them; an address or a figure is no word of a name. */
const wordsOf = (text: string) => text.split(/[\s|·•–—›»/,;:©()[\]"“”«]+/u).map((w) => w.replace(/^['’]+|['’.!?]+$/gu, ''));
const nameWord = (w: string) => w !== '' && !/[@.\p{N}]/u.test(w) && /^[\p{L}\p{M}&'’-]+$/u.test(w);
/** A name opens on a capital in a script with letter case, on any letter in one without. */
const opensName = (w: string) => nameWord(w) && (!isCased(w) || /^\p{Lu}/u.test(w));

/**
 * Whether a host spells a run ("lakesidecourier" for "Lakeside Courier", "diariosur" for "Diario del Sur"; another
 * script by a transliteration: spellsAlike): the run ends on a word of the name, not on a particle or article a host
 * leaves out ("Lakeside Courier, the valley's paper" is no "Lakeside Courier the").
 */
const spells = (host: string, run: string) => !/^\p{Ll}{1,4}$/u.test(run.split(' ').at(-1)!) && spellsAlike(host, run);

/** The longest run of one to four words of `text` that one of `hosts` spells, opening on a name's word; null for none. */
export function spelledRun(text: string, hosts: readonly string[]): string | null {
  const words = wordsOf(text);
  let best: string | null = null;
  for (let i = 0; i < words.length; i += 1) {
    if (!opensName(words[i]!)) continue;
    for (let j = i; j < words.length && j < i + MAX_WORDS && nameWord(words[j]!); j += 1) {
      const run = words.slice(i, j + 1).join(' ');
      if (letterKey(run).length < 5) continue;
      if ((best === null || run.length > best.length) && hosts.some((h) => spells(h, run))) best = run;
    }
  }
  return best;
}

/**
 * Runs of the footer lines of `filled` (the page's non-empty lines) that an address on the page spells
 * (see the module comment): the outlet, two points each, on the line that prints the run.
 */
export function spelledRunFinds(filled: readonly SourceLine[]): OutletFind[] {
  const hosts = [...new Set(filled.flatMap((l) => (l.text.includes('.') ? [addressOf(l.text)?.host] : [])).filter((h) => h !== undefined).map(bareHost))];
  if (hosts.length === 0) return [];
  const story = filled.findIndex(isStoryText);
  const lastStory = filled.findLastIndex(isStoryText);
  if (story < 0) return [];
  const footer = filled.slice(Math.max(lastStory + 1, filled.length - EDGE));
  const storyText = filled.slice(story, lastStory + 1).filter(isStoryText);
  const finds: OutletFind[] = [];
  for (const l of footer) {
    const run = spelledRun(l.text, hosts);
    if (run === null || storyText.some((o) => mentionOf(o.text, run) !== null)) continue;
    finds.push({ value: run, line: l.n, kind: 'spelled name', text: l.text, weight: 2 });
  }
  return finds;
}
