import { describe, expect, it } from 'vitest';
import { labelGoesOnInLowerCase, leadsInto, paragraphsGoOn, saysNothingAround, storyFlowsAcross, storyFlowsPastLabelledLine, wordsAfterLabel } from '@/lib/content/extract/link-flow';

const STOP = new Set(['the', 'of', 'for', 'at', 'to', 'on', 'in', 'said', 'with', 'have', 'been']);
const HEADLINE = 'Harbour reopens after the storm';
const ABOVE = 'Workers cleared the fallen cranes from the northern quay during the night.';
const BELOW = 'The cranes will be replaced by spring, the port authority said.';

describe('the story reading on across a line', () => {
  it('reads on when the paragraphs on either side share a word the line and the headline do not say', () => {
    expect(storyFlowsAcross(['Jazz festival fills Castle Park'], ABOVE, BELOW, HEADLINE, STOP)).toBe(true);
  });

  it('does not when the line says a word of either paragraph, even inflected', () => {
    expect(storyFlowsAcross(['Crane drivers demand higher wages'], ABOVE, BELOW, HEADLINE, STOP)).toBe(false);
    expect(storyFlowsAcross(['Quay works reopen for Jazz festival'], ABOVE, BELOW, HEADLINE, STOP)).toBe(false);
  });

  it('does not when the paragraphs share only a word of the headline, which runs through every part of a story', () => {
    const [above, below] = ['The harbour was closed for three days.', 'Ships queued outside the harbour until Tuesday.'];
    expect(storyFlowsAcross(['Jazz festival fills Castle Park'], above, below, HEADLINE, STOP)).toBe(false);
  });

  it('is no evidence for a line behind a label and a colon, in any case or script: a subheading opening a new turn reads so too', () => {
    expect(storyFlowsAcross(['Jazz festival fills Castle Park'], ABOVE, BELOW, HEADLINE, STOP)).toBe(true);
    expect(storyFlowsAcross(['Weekend guide', 'Jazz festival fills Castle Park'], ABOVE, BELOW, HEADLINE, STOP)).toBe(false);
    expect(storyFlowsAcross(['Weekend guide: jazz festival fills the park'], ABOVE, BELOW, HEADLINE, STOP)).toBe(false);
    expect(storyFlowsAcross(['► Outlook: Jazz festival fills Castle Park'], ABOVE, BELOW, HEADLINE, STOP)).toBe(false);
    const [above, below] = ['구청은 이 도서관에 어린이 열람실을 마련했다고 밝혔다.', '도서관은 평일 오전부터 운영되며 월요일은 쉰다.'];
    expect(storyFlowsAcross(['주민 반응: 주말마다 주차장이 부족할까 걱정'], above, below, '부산 해운대에 새 구립 시설 문 열어', new Set())).toBe(false);
  });

  it('does not when the paragraphs share only a figure', () => {
    expect(storyFlowsAcross(['Jazz festival fills Castle Park'], 'Repairs started in 2024.', 'Prices rose in 2024.', HEADLINE, STOP)).toBe(false);
  });

  it('reads a word of a syllabic script in the headline however few its letters ("도서관")', () => {
    const [above, below] = ['구청은 이 도서관에 어린이 열람실을 마련했다고 밝혔다.', '도서관은 평일 오전부터 운영되며 월요일은 쉰다.'];
    expect(storyFlowsAcross(['주민들 주말마다 주차장이 부족할까 걱정'], above, below, '부산 해운대에 새 구립 도서관 문 열어', new Set())).toBe(false);
    expect(storyFlowsAcross(['주민들 주말마다 주차장이 부족할까 걱정'], above, below, '부산 해운대에 새 구립 시설 문 열어', new Set())).toBe(true);
  });
});

describe('a label and a colon opening a line', () => {
  it('gives the words after the label, behind any bullet or pointer, or null with no label', () => {
    expect(wordsAfterLabel('Hoe verder: leerlingen reizen straks per bus')).toBe('leerlingen reizen straks per bus');
    expect(wordsAfterLabel('• Read also: Storm closes the harbour')).toBe('Storm closes the harbour');
    expect(wordsAfterLabel('आगे क्या: परिवहन विभाग किराये पर फैसला')).toBe('परिवहन विभाग किराये पर फैसला');
    expect(wordsAfterLabel('Officials at the port said: we will rebuild')).toBeNull();
    expect(wordsAfterLabel('Storm closes the harbour at 14:30')).toBeNull();
  });

  it('tells words going on in lower case from a headline opening with a capital or in a script without case', () => {
    expect(labelGoesOnInLowerCase('Què canvia: els autobusos faran marrada cada matí')).toBe(true);
    expect(labelGoesOnInLowerCase('Read also: Storm closes the harbour')).toBe(false);
    expect(labelGoesOnInLowerCase('आगे क्या: परिवहन विभाग किराये पर फैसला')).toBe(false);
    expect(labelGoesOnInLowerCase('ferries are back in the harbour')).toBe(false);
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

describe('a labelled line saying nothing of the paragraphs around it', () => {
  it('reads two paragraphs as going on from one another when they share a word the headline does not say, even inflected', () => {
    expect(paragraphsGoOn(ABOVE, BELOW, HEADLINE, STOP)).toBe(true);
    expect(paragraphsGoOn('The harbour was closed for three days.', 'Ships queued outside the harbour until Tuesday.', HEADLINE, STOP)).toBe(false);
  });

  it('says nothing around when neither paragraph says its words but the headline\'s, whatever the rest of the story says', () => {
    expect(saysNothingAround('Catch up: Storm damage closes the coastal railway', ABOVE, BELOW, HEADLINE, STOP)).toBe(true);
    expect(saysNothingAround('Catch up: Crane drivers demand higher wages', ABOVE, BELOW, HEADLINE, STOP)).toBe(false);
    expect(saysNothingAround('Catch up: Quays closed after storm damage', ABOVE, BELOW, HEADLINE, STOP)).toBe(false);
  });

  it('needs three words of its own beyond the headline\'s: fewer are no evidence', () => {
    expect(saysNothingAround('Catch up: Storm reopens harbour railway', ABOVE, BELOW, HEADLINE, STOP)).toBe(false);
  });

  it('finds the story reading on past a labelled line only when the paragraphs around it go on from one another', () => {
    const line = 'Catch up: Storm damage closes the coastal railway';
    expect(storyFlowsPastLabelledLine(line, ABOVE, BELOW, HEADLINE, STOP)).toBe(true);
    expect(storyFlowsPastLabelledLine(line, 'The harbour was closed for three days.', 'Ships queued until Tuesday.', HEADLINE, STOP)).toBe(false);
    const [above, below] = ['وقال المدير إن الصيادون عادوا إلى الميناء صباح اليوم.', 'ويقول الصيادون إن الموسم بدأ متأخرا هذا العام.'];
    expect(storyFlowsPastLabelledLine('من الأرشيف: مهرجان صيدا البحري يعود بعد غياب طويل', above, below, 'بلدية صيدا تفتح سوقا للسمك', new Set())).toBe(true);
    expect(storyFlowsPastLabelledLine('المرحلة المقبلة: مهرجان الصيادون يعود بعد غياب طويل', above, below, 'بلدية صيدا تفتح سوقا للسمك', new Set())).toBe(false);
  });
});
