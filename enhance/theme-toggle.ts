/**
 * The light/dark switch. The server renders it hidden (it cannot work without JavaScript; the
 * page then follows the system theme in CSS); this shows it, keeps `aria-pressed` in step with
 * the theme and remembers the choice. The saved choice is applied before first paint by the
 * inline script in components/theme-script.tsx, so there is no flash.
 */
type Theme = 'light' | 'dark';

function effectiveTheme(): Theme {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function show(button: HTMLButtonElement, theme: Theme): void {
  const dark = theme === 'dark';
  button.setAttribute('aria-pressed', String(dark));
  button.title = dark ? 'Switch to light theme' : 'Switch to dark theme';
}

/** Wires every `button[data-theme-toggle]` under `root`. */
export function enhanceThemeToggle(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-theme-toggle]')) {
    show(button, effectiveTheme());
    button.hidden = false;
    button.addEventListener('click', () => {
      const next: Theme = effectiveTheme() === 'dark' ? 'light' : 'dark';
      document.documentElement.dataset.theme = next;
      try {
        localStorage.setItem('theme', next);
      } catch {
        // Private mode: the switch still works for this page.
      }
      show(button, next);
    });
  }
}
