import { describe, expect, it } from 'vitest';
import { leadsInto, storyFlowsAcross } from '@/lib/content/extract/link-flow';

const STOP = new Set(['the', 'of', 'for', 'at', 'to', 'on', 'in', 'said', 'with', 'have', 'been']);
const HEADLINE = 'Harbour reopens after the storm';
const ABOVE = 'Workers cleared the fallen cranes from the northern quay during the night.';
const BELOW = 'The cranes will be replaced by spring, the port authority said.';

describe('the story reading on across a line', () => {
  it('reads on when the paragraphs on either side share a word the line and the headline do not say', () => {
    expect(storyFlowsAcross(['Weekend guide', 'Jazz festival fills Castle Park'], ABOVE, BELOW, HEADLINE, STOP)).toBe(true);
  });

  it('does not when the line says a word of either paragraph, even inflected', () => {
    expect(storyFlowsAcross(['Weekend guide', 'Crane drivers demand higher wages'], ABOVE, BELOW, HEADLINE, STOP)).toBe(false);
    expect(storyFlowsAcross(['Quay works', 'Jazz festival fills Castle Park'], ABOVE, BELOW, HEADLINE, STOP)).toBe(false);
  });

  it('does not when the paragraphs share only a word of the headline, which runs through every part of a story', () => {
    const [above, below] = ['The harbour was closed for three days.', 'Ships queued outside the harbour until Tuesday.'];
    expect(storyFlowsAcross(['Weekend guide', 'Jazz festival fills Castle Park'], above, below, HEADLINE, STOP)).toBe(false);
  });

  it('does not when the paragraphs share only a figure', () => {
    expect(storyFlowsAcross(['Weekend guide', 'Jazz festival fills Castle Park'], 'Repairs started in 2024.', 'Prices rose in 2024.', HEADLINE, STOP)).toBe(false);
  });

  it('reads a word of a syllabic script in the headline however few its letters ("도서관")', () => {
    const [above, below] = ['구청은 이 도서관에 어린이 열람실을 마련했다고 밝혔다.', '도서관은 평일 오전부터 운영되며 월요일은 쉰다.'];
    expect(storyFlowsAcross(['주민 반응', '주말마다 주차장이 부족할까 걱정'], above, below, '부산 해운대에 새 구립 도서관 문 열어', new Set())).toBe(false);
    expect(storyFlowsAcross(['주민 반응', '주말마다 주차장이 부족할까 걱정'], above, below, '부산 해운대에 새 구립 시설 문 열어', new Set())).toBe(true);
  });
});

describe('a heading leading into the paragraph under it', () => {
  it('says a word of the paragraph the headline does not say', () => {
    expect(leadsInto('New cranes arrive from Rotterdam before summer', BELOW, HEADLINE, STOP)).toBe(true);
    expect(leadsInto('Pociągi do Helu pojadą częściej od czerwca', 'Most podnosi się co godzinę dla jachtów.', 'Gdańsk otwiera nowy most', new Set(['do', 'od', 'się', 'co', 'dla']))).toBe(false);
  });

  it('does not lead in by a word of the headline alone', () => {
    expect(leadsInto('Storm damage costs the harbour millions', 'The harbour was closed for three days.', HEADLINE, STOP)).toBe(false);
  });

  it('leads into anything when it has no content word to weigh', () => {
    expect(leadsInto('Oh no', BELOW, HEADLINE, STOP)).toBe(true);
  });
});
