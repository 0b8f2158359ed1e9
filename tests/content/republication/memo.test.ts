import { describe, expect, it } from 'vitest';
import { findRepublications, type RepublicationStory } from '@/lib/content/republication/detect';
import { RepublicationMemo } from '@/lib/content/republication/memo';
import { baseTexts, editWords, excerpt } from '../../fixtures/republications/pairs';

describe('republication detection with a memo', () => {
  const bases = baseTexts();
  const stories: RepublicationStory[] = [
    ...bases.map((b, i) => ({ id: `base-${String(i).padStart(2, '0')}`, text: b.text, date: null })),
    { id: 'copy-excerpt', text: excerpt(bases[0]?.text ?? '', 1500), date: null },
    { id: 'copy-edited', text: editWords(bases[1]?.text ?? '', 0.2, 7), date: null },
  ];

  it('finds what detection without one finds, run after run, as stories change', () => {
    const memo = new RepublicationMemo();
    expect(findRepublications(stories).map((p) => p.copy)).toEqual(expect.arrayContaining(['copy-edited', 'copy-excerpt']));
    expect(findRepublications(stories, [], memo)).toEqual(findRepublications(stories));
    expect(findRepublications(stories, [], memo)).toEqual(findRepublications(stories));
    // The excerpt is rewritten into a different story: the memo must not answer from its old text.
    const changed = stories.map((s) => (s.id === 'copy-excerpt' ? { ...s, text: bases[2]?.text.split('').reverse().join('') ?? '' } : s));
    const fresh = findRepublications(changed);
    expect(fresh.map((p) => p.copy)).not.toContain('copy-excerpt');
    expect(findRepublications(changed, [], memo)).toEqual(fresh);
    expect(findRepublications(stories, [], memo)).toEqual(findRepublications(stories));
  });
});
