/**
 * Applies the reader's saved theme before the first paint, so a dark-mode reader never
 * sees a white flash. Deliberately a constant string: the build hashes inline scripts
 * for the Content-Security-Policy, so it must not vary by page.
 */
export const THEME_SCRIPT =
  "try{var t=localStorage.getItem('theme');if(t==='dark'||t==='light')document.documentElement.dataset.theme=t}catch(e){}";

/** The inline theme script, for <head>. */
export function ThemeScript() {
  // A static constant, never content: see THEME_SCRIPT.
  return <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />;
}
