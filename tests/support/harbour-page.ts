/**
 * A short English news page the readers of lines set into a story are tested on: its header (headline, byline, date)
 * and five paragraphs, text written for the tests. A test sets the lines it weighs between them (harbourStoryWith).
 */

/** The headline, the byline and the date, then a blank line. */
export const HARBOUR_HEAD = ['Harbour reopens after the storm', 'By Jane Doe', '12 March 2026', ''];

/** The story's five paragraphs. */
export const HARBOUR_STORY = [
  'The harbour reopened on Tuesday after three days in which no ship could leave or enter the port.',
  'Workers cleared the fallen cranes from the northern quay during the night, the port authority said.',
  'Fishing boats were the first to sail out, followed in the afternoon by two ferries to the islands.',
  'The authority expects the container terminal to work at full speed again by the end of the week.',
  'Shipping companies said the delay had cost them several million euros in lost trade.',
];

/** The page with `lines` set in after paragraph `after` (1-based). */
export const harbourStoryWith = (after: number, ...lines: string[]) => [...HARBOUR_HEAD, ...HARBOUR_STORY.slice(0, after), ...lines, ...HARBOUR_STORY.slice(after)];
