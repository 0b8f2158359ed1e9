/**
 * Takes Next's client runtime out of one exported page, leaving the HTML the server components
 * rendered: the runtime chunk scripts and their preloads, the inline RSC payload
 * (`self.__next_f.push(…)`), the Turbopack bootstrap, React's hydration comments. In their place
 * goes the site's one enhancement script (enhance/). JSON-LD and the no-flash theme script stay.
 *
 * Every inline script must be one it recognises, and every page must show Next's markers; a
 * future Next whose output differs fails the build here instead of shipping half a runtime.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { THEME_SCRIPT } from '@/components/theme-script';
import { elementsOf, hasAttr, isExecutableScript, tagOf } from './elements';

/** Inline scripts Next and React write for hydration and streaming, by what they start with. */
const NEXT_INLINE = [/^\(?self\.__next_f\b/, /^\(globalThis\["TURBOPACK"\]/, /^\$R[CSX]\s*=/];
const RUNTIME_SRC = /^\/_next\/static\/.+\.js(\?.*)?$/;
/**
 * An inline RSC payload script exactly as Next writes it: a bare `<script>` whose body starts with
 * `self.__next_f` (or `(self.__next_f`) and holds no `<` (Next escapes it in the payload), up to its
 * `</script>`. These are about two thirds of an exported page's bytes; cut before the parse, they
 * cost the parser nothing. A body with a `<` is not matched and is left to the tree pass.
 */
const PAYLOAD_SCRIPT = /<script>\(?self\.__next_f\b[^<]*<\/script>/g;
/** Elements whose content the parser keeps as raw text instead of parsing it into elements (page-pass.ts needs to know which). */
export const STRIP_BLOCK_TEXT = { script: true, noscript: true, style: true, pre: true };

export class NextOutputChanged extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}. Next's export output is not what scripts/postbuild/strip-runtime.ts expects; check it against this Next version before shipping.`);
    this.name = 'NextOutputChanged';
  }
}

/** What was taken out of one page, for the build summary. */
export type Stripped = { runtimeScripts: number; payloadScripts: number; preloads: number };


function removeRuntimeScripts(scripts: HTMLElement[], file: string, stripped: Stripped): number {
  let themeScripts = 0;
  for (const script of scripts) {
    const src = script.getAttribute('src');
    if (src !== undefined) {
      if (!RUNTIME_SRC.test(src)) throw new NextOutputChanged(file, `unexpected external script ${src}`);
      script.remove();
      stripped.runtimeScripts++;
    } else if (!isExecutableScript(script.getAttribute('type'))) {
      continue; // data blocks such as application/ld+json
    } else if (script.rawText === THEME_SCRIPT) {
      themeScripts++;
    } else if (NEXT_INLINE.some((marker) => marker.test(script.rawText.trimStart()))) {
      script.remove();
      if (script.rawText.includes('__next_f')) stripped.payloadScripts++;
    } else {
      throw new NextOutputChanged(file, `unknown inline script "${script.rawText.slice(0, 60)}…"`);
    }
  }
  return themeScripts;
}

function removeScriptPreloads(links: HTMLElement[], stripped: Stripped): void {
  for (const link of links) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase();
    const isScriptPreload = (rel === 'preload' && link.getAttribute('as') === 'script') || rel === 'modulepreload';
    if (!isScriptPreload) continue;
    link.remove();
    stripped.preloads++;
  }
}

/** What stripping one page gives: the stripped tree, what went, and the /_next/ assets it still references. */
export type StrippedPage = { root: HTMLElement; stripped: Stripped; assets: string[] };

/**
 * The page's tree without Next's runtime, with `<script type="module" src={enhanceSrc}>` at the end of
 * <head>, and the /_next/ assets it still references (stylesheets, the enhancement script). Returns the
 * tree so the caller can work on it without parsing the page again (page-pass.ts hashes it for the CSP).
 * Throws NextOutputChanged when the page lacks Next's runtime scripts or RSC payload (so the markers
 * this relies on moved) or holds an inline script it does not know.
 */
export function stripNextRuntimeTree(html: string, file: string, enhanceSrc: string): StrippedPage {
  let cut = 0;
  const withoutPayload = html.replace(PAYLOAD_SCRIPT, () => {
    cut++;
    return '';
  });
  // Comments out: without hydration React's text and Suspense markers (<!-- -->, <!--$-->) are noise.
  const root = parse(withoutPayload, { comment: false, blockTextElements: STRIP_BLOCK_TEXT });
  // One walk picks out every kind of element the checks need (selector queries would walk once each).
  const elements = elementsOf(root);
  const head = elements.find((el) => tagOf(el) === 'head');
  if (!head || !elements.some((el) => tagOf(el) === 'body')) throw new NextOutputChanged(file, 'no <head> or <body>');
  const stripped: Stripped = { runtimeScripts: 0, payloadScripts: cut, preloads: 0 };
  const themeScripts = removeRuntimeScripts(elements.filter((el) => tagOf(el) === 'script'), file, stripped);
  removeScriptPreloads(elements.filter((el) => tagOf(el) === 'link'), stripped);
  if (stripped.runtimeScripts === 0) throw new NextOutputChanged(file, 'no /_next/static/ runtime <script src> found');
  if (stripped.payloadScripts === 0) throw new NextOutputChanged(file, 'no inline RSC payload (self.__next_f) found');
  if (themeScripts !== 1) throw new NextOutputChanged(file, `expected the theme script once in the page, found it ${themeScripts} times`);
  head.insertAdjacentHTML('beforeend', `<script type="module" src="${enhanceSrc}"></script>`);
  const assets = elementsOf(root)
    .filter((el) => hasAttr(el, 'src') || hasAttr(el, 'href'))
    .map((el) => (el.getAttribute('src') ?? el.getAttribute('href') ?? '').split(/[?#]/)[0] ?? '')
    .filter((ref) => ref.startsWith('/_next/'));
  return { root, stripped, assets };
}

/** stripNextRuntimeTree, serialised: the page's HTML without Next's runtime. */
export function stripNextRuntime(html: string, file: string, enhanceSrc: string): { html: string; stripped: Stripped; assets: string[] } {
  const { root, stripped, assets } = stripNextRuntimeTree(html, file, enhanceSrc);
  return { html: root.toString(), stripped, assets };
}
