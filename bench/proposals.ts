/**
 * `npm run bench:proposals` — how good `content:entities`'s proposals are on a
 * realistic archive of our own (tests/fixtures/name-proposals-archive: 82
 * short stories in 14 languages naming people, organisations, weapon
 * designations and places the fixture gazetteer lacks, in several spellings,
 * scripts and case forms), against the hand-written list of the real names
 * in it (names.yaml). Prints "top 50: N real names, M grouped correctly" and
 * what is wrong: proposals that are no listed name, and names split across
 * proposals. A benchmark: it always exits 0.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { compileArchive } from '../lib/content/archive';
import { proposeNames } from '../lib/content/tagging/name-proposals';
import { proposalSource } from '../lib/content/tagging/tag-archive';
import { namesWorldGazetteer } from '../tests/fixtures/names-world/load';

const DIR = fileURLToPath(new URL('../tests/fixtures/name-proposals-archive/', import.meta.url));
const TOP = 50;

const listed = z.array(z.object({ name: z.string(), type: z.string(), forms: z.array(z.string()) })).parse(parse(readFileSync(path.join(DIR, 'names.yaml'), 'utf8')));
const owner = new Map(listed.flatMap((n) => [n.name, ...n.forms].map((f) => [f, n.name] as const)));

const files = readdirSync(path.join(DIR, 'stories'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ path: `name-proposals-archive/${f}`, bytes: readFileSync(path.join(DIR, 'stories', f)) }));
const g = namesWorldGazetteer();
const archive = compileArchive(files, { path: g.file, bytes: new TextEncoder().encode(g.text) });
const proposals = proposeNames(archive.articles.map(proposalSource));

const top = proposals.slice(0, TOP);
const ownersOf = (p: (typeof proposals)[number]) => new Set([p.name, ...p.forms].map((f) => owner.get(f) ?? null));
const real = top.filter((p) => [...ownersOf(p)].some((o) => o !== null));
const proposalsOf = new Map<string, number>();
for (const p of proposals) for (const o of ownersOf(p)) if (o !== null) proposalsOf.set(o, (proposalsOf.get(o) ?? 0) + 1);
const groupedWell = real.filter((p) => {
  const owners = ownersOf(p);
  const [only] = owners;
  return owners.size === 1 && only !== null && only !== undefined && proposalsOf.get(only) === 1;
});
const typedWell = real.filter((p) => listed.find((n) => n.name === [...ownersOf(p)].find((o) => o !== null))?.type === p.type);

console.log(`\nProposals on tests/fixtures/name-proposals-archive (${files.length} stories, ${listed.length} real names listed), fixture gazetteer\n`);
console.log(`top ${TOP}: ${real.length} real names, ${groupedWell.length} grouped correctly, ${typedWell.length} with the right type (of ${top.length} proposed; ${proposals.length} in all)`);
console.log(`listed names found among all proposals: ${proposalsOf.size}/${listed.length}`);
console.log('\n rank  stories  real  grouped  type           name — forms');
top.forEach((p, i) => {
  const isReal = real.includes(p);
  console.log(`${String(i + 1).padStart(5)}  ${String(p.stories).padStart(7)}  ${isReal ? ' yes' : '  NO'}  ${groupedWell.includes(p) ? '    yes' : '     no'}  ${p.type.padEnd(13)}  ${p.name} — ${p.forms.join(', ')}`);
});
const split = [...proposalsOf].filter(([, n]) => n > 1).map(([name, n]) => `${name} (${n})`);
console.log(`\nsplit across proposals: ${split.join(', ') || '–'}`);
console.log(`not proposed: ${listed.filter((n) => !proposalsOf.has(n.name)).map((n) => n.name).join(', ') || '–'}`);
