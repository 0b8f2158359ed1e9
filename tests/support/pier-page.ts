/**
 * A short English news page the outlet readers are tested on: headline, date, three paragraphs and a share line,
 * text written for the tests. A test adds the top or footer lines it weighs.
 */
export const PIER_PAGE: readonly string[] = [
  'Council votes to rebuild the old ferry pier by 2028',
  '5 December 2026',
  'The town council voted on Thursday to rebuild the old ferry pier, which has been closed for two winters.',
  'The work will cost about four million pounds and is due to start in the spring, the council said.',
  'The first boats could call there again in the summer of 2028.',
  'Share this article',
];
