/**
 * The timeline's entity chips. Server-rendered they are links to each entity's tag pages (its timeline)
 * (`a[data-filter-chip]`), which is all a reader without JavaScript needs. On the full timeline
 * (`[data-filter-in-place]`) this turns them into toggle buttons that filter the entries on the
 * page in place, and says how many are shown with a link on to the entity's full timeline.
 * Chip styles key on `aria-pressed`/`aria-current` in the markup, so links and buttons share them.
 */

/** Shows only the timeline entries tagged `slug` (all when null); returns how many are shown. */
function applyFilter(slug: string | null): number {
  let count = 0;
  for (const entry of document.querySelectorAll<HTMLElement>('.timeline-entry')) {
    const match = slug === null || (entry.dataset.entities ?? '').split(' ').includes(slug);
    entry.hidden = !match;
    if (match) count++;
  }
  for (const group of document.querySelectorAll<HTMLElement>('.timeline-group')) {
    group.hidden = slug !== null && group.querySelector('.timeline-entry:not([hidden])') === null;
  }
  return count;
}

type Chip = { slug: string; name: string; href: string; button: HTMLButtonElement };

function describe(status: Element, chip: Chip | null, shown: number, clear: () => void): void {
  status.replaceChildren();
  if (!chip) return;
  const link = document.createElement('a');
  link.href = chip.href;
  link.className = 'underline underline-offset-4';
  link.textContent = `All ${chip.name} stories in time`;
  const reset = document.createElement('button');
  reset.type = 'button';
  reset.className = 'underline underline-offset-4';
  reset.textContent = 'Clear filter';
  reset.addEventListener('click', clear);
  status.append(`${shown} ${shown === 1 ? 'story' : 'stories'} on this page tagged ${chip.name}. `, link, ' · ', reset);
}

/** Wires every in-place timeline filter under `root`. */
export function enhanceTimelineFilter(root: ParentNode = document): void {
  for (const filter of root.querySelectorAll<HTMLElement>('[data-timeline-filter][data-filter-in-place]')) {
    const status = filter.querySelector('[data-filter-status]');
    filter.querySelector('[data-filter-all]')?.remove();
    const chips: Chip[] = [];
    for (const anchor of filter.querySelectorAll<HTMLAnchorElement>('a[data-filter-chip]')) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = anchor.className;
      button.textContent = anchor.textContent;
      button.setAttribute('aria-pressed', 'false');
      anchor.replaceWith(button);
      chips.push({ slug: anchor.dataset.filterChip ?? '', name: anchor.textContent ?? '', href: anchor.getAttribute('href') ?? '', button });
    }
    let active: Chip | null = null;
    const select = (chip: Chip | null) => {
      active = chip;
      for (const c of chips) c.button.setAttribute('aria-pressed', String(c === chip));
      const shown = applyFilter(chip?.slug ?? null);
      if (status) describe(status, chip, shown, () => select(null));
    };
    for (const chip of chips) chip.button.addEventListener('click', () => select(active === chip ? null : chip));
  }
}
