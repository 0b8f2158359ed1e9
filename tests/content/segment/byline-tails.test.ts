import { describe, expect, it } from 'vitest';
import { matchByline } from '@/lib/content/segment/byline';

describe('bylines with a tail after the name', () => {
  it.each([
    ['Por Laura Gómez (Efe)', 'Laura Gómez', null], // an agency in brackets: a credit, not the page's outlet
    ['Laura Gómez @lauragomez', 'Laura Gómez', null], // the writer's own handle
    ['Anna Svensson anna.svensson@tidning.se', 'Anna Svensson', null], // the writer's own address
    ['Sarah Miller, BBC News, Washington', 'Sarah Miller', 'BBC News'], // outlet, then a place
  ])('reads “%s”', (line, author, outlet) => expect(matchByline(line)).toEqual({ author, outlet }));

  it.each([
    'Contact Us info@paper.com', // the address does not spell the words before it: no writer's own
    'Write to Us @dailycourier',
    'The mayor, the council and the police met on Monday.',
  ])('reads no byline in “%s”', (line) => expect(matchByline(line)).toBeNull());
});
