import { describe, expect, it } from 'vitest';
import { compileText } from '../../support/compile-text';

const title = (text: string) => compileText(text).articles[0]?.title?.value;

const BODY_EN = [
  'The harbour authority on Tuesday approved plans for a new ferry terminal on the north side of the island, ending a debate that has lasted nearly a decade.',
  'The terminal will replace the old wooden pier, which has been closed to heavy vehicles since a storm damaged its supports two winters ago.',
  'Work is expected to begin in the spring and to last about eighteen months, according to the authority’s chief engineer.',
].join('\n');

const BODY_KO = [
  '항만 당국은 화요일 섬 북쪽에 새 여객선 터미널을 짓는 계획을 승인했다고 밝혔다.',
  '새 터미널은 두 해 전 폭풍으로 손상된 낡은 목조 부두를 대체하게 된다.',
  '공사는 봄에 시작해 약 열여덟 달 동안 이어질 예정이라고 당국 관계자가 말했다.',
].join('\n');

describe('the headline under the menu, when the best line stands above it (headlineBelowMenu)', () => {
  it('takes the short headline over the date, not a tagline above the menu', () => {
    const text = `Coast Daily\nYour trusted source for island news since 1921\nHome\nNews\nSport\nWeather\nFerry terminal approved\n12 March 2024\n${BODY_EN}`;
    expect(title(text)).toBe('Ferry terminal approved');
  });

  it('takes it in a script without case when it has three words or more', () => {
    const text = `바다일보\n지역 소식을 가장 빠르게 전하는 우리 동네 신문입니다\n정치\n경제\n사회\n새 여객선 터미널 승인\n2024.03.12 10:15\n${BODY_KO}`;
    expect(title(text)).toBe('새 여객선 터미널 승인');
  });

  it('does not take a bare name over the date under a share bar', () => {
    const byName = `Harbour authority approves a new ferry terminal for the island\nShare\nFacebook\nTwitter\nEmail\nJane Porter\n12 March 2024\n${BODY_EN}`;
    expect(title(byName)).toBe('Harbour authority approves a new ferry terminal for the island');
  });

  it('leaves the best line where no menu parts it from the date', () => {
    const text = `Coast Daily\nHome\nNews\nSport\nHarbour authority approves a new ferry terminal\nIsland news\n12 March 2024\n${BODY_EN}`;
    expect(title(text)).toBe('Harbour authority approves a new ferry terminal');
  });
});
