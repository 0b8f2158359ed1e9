/**
 * A short English news page the readers of a story's end are tested on: its header, its four paragraphs and a share
 * row, text written for the tests. A test sets the lines it weighs between them.
 */
import { bodyTexts } from './compile-text';

/** Menu words, the headline and the date. */
export const FERRY_HEAD = ['News', 'Local', 'New ferry link to the islands starts in May', 'March 4, 2024'];

/** The story's paragraphs; the last is one short sentence. */
export const FERRY_STORY = [
  'The county council has signed a five-year contract for a ferry link between the harbour and the two islands.',
  'Boats will leave four times a day in summer and twice a day in winter, the council said on Monday.',
  'Islanders have asked for a direct link since the old service was cut ten years ago.',
  'Tickets go on sale next week.',
];

/** A share row to the page's end. */
export const FERRY_SHARE = ['Share', 'Facebook', 'Email', 'Print'];

/** The paragraphs' texts of the article `lines` compile to. */
export const paragraphsOf = (lines: string[]) => bodyTexts(lines, 'paragraph');
