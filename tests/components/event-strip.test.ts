import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { EventStrip } from '@/components/event-strip';

const render = (stories: { year: number; count: number }[], events: { year: number; count: number }[]) =>
  renderToStaticMarkup(createElement(EventStrip, { id: 'strip', subject: 'Falcon', stories, events }));

describe('EventStrip', () => {
  const html = render([{ year: 2014, count: 3 }, { year: 2017, count: 1 }], [{ year: 2012, count: 2 }, { year: 2014, count: 5 }]);

  it('is an image named by its title and description', () => {
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="strip-title strip-desc"/);
    expect(html).toContain('<title id="strip-title">Falcon: stories and events by year</title>');
    expect(html).toContain('4 stories published and 7 dated events between 2012 and 2017');
  });

  it('draws one bar per year with stories and one per year with events, in the text colour', () => {
    expect(html.match(/<rect[^>]*opacity="0.35"/g)).toHaveLength(2);
    expect(html.match(/<rect(?![^>]*opacity)[^>]*fill="currentColor"/g)).toHaveLength(2);
  });

  it('repeats the numbers in a table, one row per year with anything in it', () => {
    const rows = [...html.matchAll(/<tr><th scope="row">(\d{4})<\/th><td>(\d+)<\/td><td>(\d+)<\/td><\/tr>/g)].map((m) => m.slice(1).map(Number));
    expect(rows).toEqual([[2012, 0, 2], [2014, 3, 5], [2017, 1, 0]]);
  });

  it('renders nothing when there is nothing to show', () => {
    expect(render([], [])).toBe('');
  });
});
