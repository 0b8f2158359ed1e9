/**
 * `npm run bench:ingest` (second half) — how fast tagging is, and that its cost
 * per article does not grow with the size of the gazetteer.
 *
 * Generates synthetic entities (names, hyphenated forms, acronyms, demonyms,
 * Russian and Polish base forms for every third one) and 1,000 synthetic articles of about 650 words that mention them with
 * possessives, quotes, brackets, hyphenated compounds and Cyrillic case forms, then times
 * compileMatcher and tagArticle (and the candidate-name finder) for gazetteers
 * of 50, 500 and 5,000 entities. Target: 1,000 articles × 500 entities in
 * under 2 s. Deterministic: a seeded generator, same input every run.
 */
import { performance } from 'node:perf_hooks';
import { findCandidateNames } from '../lib/content/tagging/unknown-names';
import type { BodyBlock, Entity } from '../lib/content/schema';
import { compileMatcher, tagArticle } from '../lib/content/tagging/tag';
import { seededRandom } from '../scripts/seeded-random';

const rnd = seededRandom(20170918);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;
const syllables = 'ka ri to mel sa vo zen ul pra dor nik lev an gro bel mir tas os ve chu ra lin kov dar'.split(' ');
const word = (n: number) => Array.from({ length: n }, () => pick(syllables)).join('');
const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

function syntheticEntities(count: number): Entity[] {
  const seen = new Set<string>();
  const entities: Entity[] = [];
  for (let i = 0; entities.length < count; i += 1) {
    const parts = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => cap(word(2 + Math.floor(rnd() * 2))));
    const name = parts.join(' ');
    const acronym = parts.length > 1 ? parts.map((p) => p.charAt(0)).join('') + word(1).toUpperCase() : `${name.toUpperCase()}-${i}`;
    const aliases = [`${parts[0]}ian`, `${name}-${(i % 90) + 10}`, acronym].filter((a) => !seen.has(a));
    if (seen.has(name)) continue;
    for (const form of [name, ...aliases]) seen.add(form);
    // Every third entity also has Russian and Polish base forms, so the inflection fallback is part of what is timed.
    const names = i % 3 === 0 ? { ru: [cyrillic(name)], pl: [`${name}a`] } : undefined;
    entities.push({ slug: `e${i}`, name, type: 'organisation', aliases, description: 'A synthetic entity.', ...(names ? { names } : {}) });
  }
  return entities;
}

const toCyrillic: Record<string, string> = { a: 'а', b: 'б', c: 'ц', d: 'д', e: 'е', g: 'г', h: 'х', i: 'и', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о', p: 'п', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', z: 'з' };
/** A Cyrillic spelling of a synthetic name, letter by letter. */
const cyrillic = (name: string) => [...name].map((ch) => { const c = toCyrillic[ch.toLowerCase()]; return c === undefined ? ch : ch === ch.toLowerCase() ? c : c.toUpperCase(); }).join('');
const caseEndings = ['а', 'у', 'ом', 'е'];

const filler = 'the of and to in a military cooperation said that with for was on is by as defence production systems missile army deal'.split(' ');
const decorate = [(s: string) => s, (s: string) => `${s}’s`, (s: string) => `“${s}”`, (s: string) => `(${s})`, (s: string) => `${s}-based`];

/** 1,000 articles of 8 paragraphs × ~80 words; about one word in 25 is an entity form. */
function syntheticArticles(entities: Entity[], count: number): { title: string; body: BodyBlock[] }[] {
  // Explicit forms, plus inflected Cyrillic forms ("Каримела", "Каримелом") that only the fallback finds.
  const forms = entities.flatMap((e) => [e.name, ...e.aliases, ...(e.names?.ru ?? []).map((f) => `${f}${pick(caseEndings)}`)]);
  const sentence = () => {
    const words = Array.from({ length: 12 }, () => (rnd() < 0.04 ? pick(decorate)(pick(forms)) : pick(filler)));
    return `${cap(words.join(' '))}.`;
  };
  return Array.from({ length: count }, () => ({
    title: sentence(),
    body: Array.from({ length: 8 }, (_, i): BodyBlock => ({ kind: i === 3 ? 'heading' : 'paragraph', text: Array.from({ length: 7 }, sentence).join(' '), line: i * 2 + 1 })),
  }));
}

const ARTICLES = 1000;
const rows: string[][] = [];
{
  // Warm-up, so the first measured row does not pay for the JIT.
  const warm = syntheticEntities(100);
  const m = compileMatcher(warm);
  for (const a of syntheticArticles(warm, 200)) findCandidateNames(a.title, a.body, tagArticle(m, a.title, a.body).mentions);
}
let articlesFor500: { title: string; body: BodyBlock[] }[] = [];
for (const size of [50, 500, 5000]) {
  const entities = syntheticEntities(size);
  const articles = syntheticArticles(entities, ARTICLES);
  if (size === 500) articlesFor500 = articles;
  const words = articles.reduce((n, a) => n + a.body.reduce((m, b) => m + b.text.split(' ').length, 0), 0);
  let t = performance.now();
  const matcher = compileMatcher(entities);
  const compileMs = performance.now() - t;
  t = performance.now();
  let mentions = 0;
  const tagged = articles.map((a) => {
    const result = tagArticle(matcher, a.title, a.body);
    mentions += result.mentions.length;
    return result;
  });
  const tagMs = performance.now() - t;
  t = performance.now();
  articles.forEach((a, i) => findCandidateNames(a.title, a.body, tagged[i]?.mentions ?? []));
  const candidatesMs = performance.now() - t;
  rows.push([
    String(size),
    String(matcher.size),
    String(ARTICLES),
    String(words),
    compileMs.toFixed(1),
    tagMs.toFixed(1),
    ((tagMs * 1000) / ARTICLES).toFixed(0),
    String(mentions),
    candidatesMs.toFixed(1),
    (compileMs + tagMs).toFixed(0),
    compileMs + tagMs < 2000 ? 'yes' : 'NO',
  ]);
}

const header = ['entities', 'forms', 'articles', 'words', 'compile ms', 'tag ms', 'µs/article', 'mentions', 'candidates ms', 'total ms', '< 2 s'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i] ?? 0)).join(' | ')} |`;
console.log('\nTagger: one pass per article over a token trie (synthetic data, seeded)\n');
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));

// For contrast: the naive approach, one regular expression per surface form, on 1% of the articles.
const entities500 = syntheticEntities(500);
const naive = [...entities500.flatMap((e) => [e.name, ...e.aliases])].map(
  (f) => new RegExp(`(?<![\\p{L}\\p{N}])${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu'),
);
const sample = articlesFor500.slice(0, ARTICLES / 100);
const t0 = performance.now();
for (const a of sample) for (const b of a.body) for (const re of naive) b.text.match(re);
const naiveMs = performance.now() - t0;
console.log(`\nNaive baseline, one regex per form (${naive.length} forms) × ${sample.length} articles: ${naiveMs.toFixed(0)} ms (≈ ${((naiveMs * 100) / 1000).toFixed(0)} s for ${ARTICLES}).`);
console.log('Timings vary with machine load; "total" is compile + tag, the part the build pays. candidates run in content:check only.');
