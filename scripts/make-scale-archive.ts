/**
 * `tsx scripts/make-scale-archive.ts <dir> <count>` — writes a synthetic content folder of
 * `count` stories for the scale benchmark (bench/scale.ts). Deterministic: the same count
 * always gives the same bytes. Variety the build has to cope with at scale:
 *
 * - a gazetteer of the real entities plus 480 made-up ones (people, organisations, places,
 *   weapon systems), mentioned with a skewed frequency so a few tags carry most stories;
 * - stories of 2 to 40 paragraphs (most short, a long tail);
 * - about 8% undated, 12% dated only to a month, the rest to the day;
 * - about 10% written in Russian, with Russian datelines;
 * - about one paragraph in four opening with a dated statement (a day, a month or a year, with an
 *   entity), so the events timeline and its pages grow with the archive as they do with real news.
 *
 * With `--dense` every story is a long read instead: 20–40 paragraphs naming 25–35 distinct
 * entities (each at least once, spread over the paragraphs, as a long analysis names the people,
 * plants, places and systems it discusses), so the build's cost per mention shows.
 *
 * All text is assembled from word lists written for this script; nothing is copied.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { monthNameIn } from '@/lib/content/dates/month-names';
import { gazetteer, type Entity as GazetteerEntry } from '@/lib/content/schema';
import { seededRandom } from './seeded-random';

const MONTHS = Array.from({ length: 12 }, (_, i) => monthNameIn('en', i + 1));
const RU_MONTHS = Array.from({ length: 12 }, (_, i) => monthNameIn('ru', i + 1, 'format'));
const SYLLABLES = ['var', 'dor', 'mel', 'kas', 'tor', 'vin', 'bel', 'rad', 'sol', 'mir', 'zan', 'lev', 'gor', 'pul', 'ten', 'ost', 'ruk', 'nad', 'fel', 'sam'];
const GIVEN = ['Aleksei', 'Boris', 'Darya', 'Yelena', 'Ihar', 'Kiryl', 'Maryna', 'Pavel', 'Siarhei', 'Tatsiana', 'Viktar', 'Zinaida'];
const ORG_KIND = ['Plant', 'Design Bureau', 'Works', 'Institute', 'Holding'];
const EN_WORDS = (
  'the ministry said that its plant would deliver new chassis for air defence units while engineers tested radar ' +
  'components and officials discussed export contracts with partners during a meeting on military cooperation ' +
  'according to a statement the company expects orders to grow next year as the army modernises equipment'
).split(' ');
const RU_WORDS = (
  'министерство сообщило что завод поставит новые шасси для частей противовоздушной обороны инженеры испытали ' +
  'радиолокационные узлы а представители обсудили экспортные контракты с партнёрами на встрече по военному сотрудничеству'
).split(' ');

type Entity = GazetteerEntry;

/** A made-up capitalised word of two or three syllables. */
function coinedWord(rand: () => number): string {
  const n = 2 + Math.floor(rand() * 2);
  const word = Array.from({ length: n }, () => SYLLABLES[Math.floor(rand() * SYLLABLES.length)]).join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** 480 synthetic entities with unique names that clash with no real surface form. */
function syntheticEntities(taken: Set<string>, rand: () => number): Entity[] {
  const out: Entity[] = [];
  const claim = (name: string) => {
    const key = name.toLowerCase();
    if (taken.has(key)) return false;
    taken.add(key);
    return true;
  };
  while (out.length < 480) {
    const kind = out.length % 4;
    const word = coinedWord(rand);
    const name =
      kind === 0 ? `${GIVEN[Math.floor(rand() * GIVEN.length)]} ${word}ovich`
      : kind === 1 ? `${word} ${ORG_KIND[Math.floor(rand() * ORG_KIND.length)]}`
      : kind === 2 ? `${word}sk`
      : `${word.slice(0, 3).toUpperCase()}-${10 + Math.floor(rand() * 90)}`;
    if (!claim(name)) continue;
    const type = (['person', 'organisation', 'place', 'weapon-system'] as const)[kind] ?? 'place';
    const slug = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-x`;
    out.push({ slug, name, type, aliases: [], description: `A synthetic ${type} made up for the scale benchmark.` });
  }
  return out;
}

/** Index into a list with a Zipf-like skew: low indices are picked far more often. */
function skewed(rand: () => number, length: number): number {
  return Math.min(length - 1, Math.floor(length * rand() ** 3));
}

function sentence(rand: () => number, words: readonly string[], mention: string | undefined): string {
  const n = 10 + Math.floor(rand() * 14);
  const picked = Array.from({ length: n }, () => words[Math.floor(rand() * words.length)] ?? '');
  if (mention) picked.splice(1 + Math.floor(rand() * (n - 1)), 0, mention);
  const text = picked.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** Paragraph count: 2–40, most stories short. */
function paragraphCount(rand: () => number): number {
  return 2 + Math.floor(38 * rand() ** 2.5);
}

function dateline(rand: () => number, i: number, russian: boolean): string | undefined {
  const roll = rand();
  if (roll < 0.08) return undefined;
  const year = 2005 + (i % 20);
  const month = Math.floor(rand() * 12);
  if (roll < 0.2) return russian ? `${RU_MONTHS[month]} ${year}`.replace(/^./, (c) => c.toUpperCase()) : `${MONTHS[month]} ${year}`;
  const day = 1 + Math.floor(rand() * 28);
  return russian ? `${day} ${RU_MONTHS[month]} ${year} г.` : `${MONTHS[month]} ${day}, ${year}`;
}

/** "On 14 March 2011 the Falcon …", "In March 2011 …", "In 2011 …" (or the Russian forms): a statement the events timeline picks up. */
function datedStatement(rand: () => number, russian: boolean, mention: string, words: readonly string[]): string {
  const year = 1995 + Math.floor(rand() * 30);
  const month = Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  const roll = rand();
  const when = russian
    ? roll < 0.5 ? `${day} ${RU_MONTHS[month]} ${year} года` : `В ${year} году`
    : roll < 0.5 ? `On ${day} ${MONTHS[month]} ${year}` : roll < 0.8 ? `In ${MONTHS[month]} ${year}` : `In ${year}`;
  const rest = Array.from({ length: 6 + Math.floor(rand() * 6) }, () => words[Math.floor(rand() * words.length)] ?? '').join(' ');
  return `${when} ${mention} ${rest}.`;
}

/** `count` distinct entity names, drawn with a milder skew than a short story's so a long read reaches past the few big tags. */
function distinctNames(rand: () => number, entities: readonly Entity[], count: number): string[] {
  const picked = new Set<string>();
  while (picked.size < Math.min(count, entities.length)) {
    const name = entities[Math.min(entities.length - 1, Math.floor(entities.length * rand() ** 2))]?.name;
    if (name) picked.add(name);
  }
  return [...picked];
}

/** Entities a story names: 2–7 drawn with the skew (repeats allowed), or 25–35 distinct ones in a dense long read. */
function storyTags(rand: () => number, entities: readonly Entity[], dense: boolean): (string | undefined)[] {
  if (dense) return distinctNames(rand, entities, 25 + Math.floor(rand() * 11));
  return Array.from({ length: 2 + Math.floor(rand() * 6) }, () => entities[skewed(rand, entities.length)]?.name);
}

function story(i: number, entities: readonly Entity[], dense: boolean): string {
  const rand = seededRandom(i * 7919 + 17);
  const russian = rand() < 0.1;
  const words = russian ? RU_WORDS : EN_WORDS;
  const tags = storyTags(rand, entities, dense);
  const headline = russian
    ? `Сводка номер ${i}: ${tags[0]} и оборонная промышленность`
    : `Report ${i}: ${tags[0]} and the defence industry ${['expand', 'review', 'test', 'sign'][i % 4]} plans`;
  // A dense story has enough paragraphs for every entity's first mention, two names a paragraph.
  const paragraphTotal = dense ? Math.max(Math.ceil(tags.length / 2), 20 + Math.floor(rand() * 21)) : paragraphCount(rand);
  const perParagraph = dense ? 2 : 1;
  const paragraphs = Array.from({ length: paragraphTotal }, (_, p) => {
    const sentences = Array.from({ length: 2 + Math.floor(rand() * 3) }, (_, s) =>
      sentence(rand, words, s < perParagraph ? tags[(p * perParagraph + s) % tags.length] : undefined),
    );
    if (rand() < 0.25) sentences.unshift(datedStatement(rand, russian, tags[(p + 1) % tags.length] ?? 'the ministry', words));
    return sentences.join(' ');
  });
  const date = dateline(rand, i, russian);
  return [headline, ...(date ? [date] : []), ...paragraphs].join('\n\n') + '\n';
}

const args = process.argv.slice(2);
const dense = args.includes('--dense');
const [dir, countArg] = args.filter((a) => a !== '--dense');
if (!dir || !countArg) throw new Error('usage: tsx scripts/make-scale-archive.ts <dir> <count> [--dense]');
const count = Number(countArg);
const real = gazetteer.parse(parse(readFileSync('content/entities.yaml', 'utf8')));
const taken = new Set(real.entities.flatMap((e) => [e.name, ...e.aliases].map((s) => s.toLowerCase())));
const entities = [...real.entities, ...syntheticEntities(taken, seededRandom(1))];

mkdirSync(path.join(dir, 'articles'), { recursive: true });
writeFileSync(path.join(dir, 'entities.yaml'), stringify({ ...real, entities }));
for (let i = 0; i < count; i++) writeFileSync(path.join(dir, 'articles', `${String(i).padStart(6, '0')}_scale.txt`), story(i, entities, dense));
console.log(`wrote ${count} ${dense ? 'dense ' : ''}stories and ${entities.length} entities to ${dir}`);
