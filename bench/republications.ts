/**
 * `npm run bench:republications [-- 1000 5000 10000]`: time of republication detection over
 * synthetic archives of those sizes, with 2% of stories planted as copies (full, excerpt, 20%
 * edited), to show the cost grows about linearly and what the detector finds. Deterministic.
 */
import { candidatePairs } from '../lib/content/republication/candidate-pairs';
import { findRepublications, type RepublicationStory } from '../lib/content/republication/detect';
import { shingleHashes } from '../lib/content/republication/shingles';
import { editWords, excerpt } from '../tests/fixtures/republications/pairs';
import { seededRandom } from '../scripts/seeded-random';

// A Zipf-like vocabulary: a few very common words, a long tail of rare ones, as in real prose.
const VOCAB = Array.from({ length: 20000 }, (_, i) => `w${i.toString(36)}`);
const PHRASES = ['the defence ministry said', 'the republic of belarus', 'according to the report', 'in the capital minsk', 'the armed forces of'];

function story(next: () => number): string {
  const paragraphs = 2 + Math.floor(next() * 39);
  return Array.from({ length: paragraphs }, () => {
    const words = 25 + Math.floor(next() * 50);
    const out: string[] = [];
    for (let i = 0; i < words; i++) {
      if (next() < 0.03) out.push(PHRASES[Math.floor(next() * PHRASES.length)] ?? '');
      else out.push(VOCAB[Math.floor(VOCAB.length * next() ** 3)] ?? 'x');
    }
    return out.join(' ');
  }).join('\n');
}

function archive(size: number): { stories: RepublicationStory[]; planted: Set<string> } {
  const next = seededRandom(size);
  const stories: RepublicationStory[] = [];
  const planted = new Set<string>();
  for (let i = 0; i < size; i++) {
    const source = i > 10 && next() < 0.02 ? stories[Math.floor(next() * stories.length)] : undefined;
    const id = `s${String(i).padStart(6, '0')}`;
    if (!source) {
      stories.push({ id, text: story(next), date: null });
      continue;
    }
    const kind = i % 3;
    const text = kind === 0 ? source.text : kind === 1 ? excerpt(source.text, Math.max(400, Math.round(source.text.length / 3))) : editWords(source.text, 0.2, i);
    stories.push({ id, text, date: null });
    planted.add([source.id, id].sort().join('|'));
  }
  return { stories, planted };
}

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const rows = [];
for (const size of sizes.length ? sizes : [1000, 5000, 10000]) {
  const { stories, planted } = archive(size);
  const t0 = performance.now();
  const pairs = findRepublications(stories);
  const ms = performance.now() - t0;
  const candidates = candidatePairs(stories.map((s) => shingleHashes(s.text))).length;
  const found = new Set(pairs.map((p) => [p.original, p.copy].sort().join('|')));
  // A planted copy of a copy pairs with the first original: count a planted pair found when both ids are in one found pair's group.
  const groupOf = new Map<string, string>();
  for (const p of pairs) {
    groupOf.set(p.copy, p.original);
    groupOf.set(p.original, p.original);
  }
  const hit = [...planted].filter((k) => {
    const [a = '', b = ''] = k.split('|');
    return groupOf.get(a) !== undefined && groupOf.get(a) === groupOf.get(b);
  }).length;
  rows.push({ stories: size, 'detect ms': Math.round(ms), 'ms / 1,000 stories': ((ms / size) * 1000).toFixed(0), 'candidate pairs': candidates, 'planted copies': planted.size, found: hit, 'pairs reported': found.size });
}
console.table(rows);
