/**
 * Republications: the same text published twice (under a new headline or standfirst, lightly
 * edited, or cut short). Candidates come from a sampled shingle index (./candidates), pairs are
 * confirmed on their full shingle sets (./similarity), copies are grouped, and each group gets one
 * original (./choose-original). Editors can split a pair or name the original in a sidecar.
 */
import { candidatePairs } from './candidate-pairs';
import { type Member, chooseOriginal } from './choose-original';
import { shingleHashes } from './shingles';
import type { RepublicationMemory } from './memo';
import { isSameText, similarity } from './similarity';

export type RepublicationStory = { id: string; text: string; date: string | null };
/** What an editor's sidecar says about one story's copies. */
export type RepublicationNote = { id: string; original: { id: string; evidence: string } | null; notSameStoryAs: string[] };
export type RepublicationPair = {
  original: string;
  copy: string;
  containment: number;
  resemblance: number;
  originalBy: 'editor' | 'earlier-date' | 'longer-text' | 'file-order';
  evidence: string;
};

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

function find(parent: number[], i: number): number {
  let root = i;
  while (parent[root] !== root) root = parent[root] ?? root;
  while (parent[i] !== root) {
    const next = parent[i] ?? root;
    parent[i] = root;
    i = next;
  }
  return root;
}

/**
 * Every (original, copy) pair among `stories`, each with its similarity and why that one is the original.
 * `memo` (./memo.ts) carries shingles and pair similarities over from an earlier run; the result is the same.
 */
export function findRepublications(stories: readonly RepublicationStory[], notes: readonly RepublicationNote[] = [], memo?: RepublicationMemory): RepublicationPair[] {
  const shingles = stories.map((s) => (memo ? memo.shingles(s.text) : shingleHashes(s.text)));
  const similar = (a: Uint32Array, b: Uint32Array) => (memo ? memo.similarity(a, b) : similarity(a, b));
  const index = new Map(stories.map((s, i) => [s.id, i]));
  const split = new Set(notes.flatMap((n) => n.notSameStoryAs.map((other) => pairKey(n.id, other))));
  const parent = stories.map((_, i) => i);
  const join = (i: number, j: number) => {
    parent[find(parent, i)] = find(parent, j);
  };

  for (const [i, j] of candidatePairs(shingles)) {
    const a = stories[i];
    const b = stories[j];
    const sa = shingles[i];
    const sb = shingles[j];
    if (!a || !b || !sa || !sb || split.has(pairKey(a.id, b.id))) continue;
    if (isSameText(similar(sa, sb), Math.min(sa.length, sb.length))) join(i, j);
  }
  // An editor who names another story as the original says the two are one story, detected or not.
  for (const note of notes) {
    const i = index.get(note.id);
    const j = note.original ? index.get(note.original.id) : undefined;
    if (i !== undefined && j !== undefined && i !== j) join(i, j);
  }

  const groups = new Map<number, number[]>();
  stories.forEach((_, i) => {
    const root = find(parent, i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  });
  const pairs: RepublicationPair[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const ids = new Set(members.map((i) => stories[i]?.id));
    const named = notes.find((n) => ids.has(n.id) && n.original && ids.has(n.original.id))?.original ?? null;
    const described: Member[] = members.map((i) => ({ id: stories[i]?.id ?? '', date: stories[i]?.date ?? null, size: shingles[i]?.length ?? 0 }));
    const original = chooseOriginal(described, named);
    const o = index.get(original.id) ?? 0;
    for (const i of members) {
      const copy = stories[i];
      if (!copy || copy.id === original.id) continue;
      const s = similar(shingles[o] ?? new Uint32Array(), shingles[i] ?? new Uint32Array());
      pairs.push({ original: original.id, copy: copy.id, containment: s.containment, resemblance: s.resemblance, originalBy: original.by, evidence: original.evidence });
    }
  }
  memo?.endRun();
  return pairs.sort((x, y) => (x.copy < y.copy ? -1 : x.copy > y.copy ? 1 : 0));
}
