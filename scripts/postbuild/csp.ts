/**
 * A per-page Content-Security-Policy as a <meta http-equiv> in every HTML file (applied by
 * page-pass.ts, in the same pass that takes Next's runtime out).
 *
 * Once strip-runtime.ts has taken Next's runtime out, the one inline script left is the no-flash theme
 * script; each page still gets the sha256 hashes of its own inline scripts, never 'unsafe-inline',
 * so a new inline script cannot run until the build hashes it.
 * Must see the page's final markup: a step that rewrites HTML after it would break the hashes
 * (Pagefind only reads the pages).
 * Headers a <meta> cannot carry (frame-ancestors) come from deploy/nginx.conf and public/_headers.
 */
import { createHash } from 'node:crypto';
import { parse, type HTMLElement } from 'node-html-parser';
import { elementsOf, hasAttr, isExecutableScript, tagOf } from './elements';

const CSP_META = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\/?>/;
/** Markup of a page that runs Pagefind's search (enhance/search.ts), which compiles WebAssembly. */
const RUNS_PAGEFIND = 'data-search';
/** How the policy reads a page: script and style bodies as raw text, everything else as elements. */
export const CSP_BLOCK_TEXT = { script: true, style: true };

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const unique = (items: string[]) => [...new Set(items)];

/**
 * The policy for a parsed document: only its own inline scripts and styles may run. `root` must be
 * parsed (or read) the way CSP_BLOCK_TEXT says, so that every element the browser sees is an element here.
 */
export function policyForTree(root: HTMLElement): string {
  const scripts: string[] = [];
  const styles: string[] = [];
  const styleAttrs: string[] = [];
  let runsPagefind = false;
  // One walk in document order, so the hashes come out in the order separate selector queries gave them.
  for (const el of elementsOf(root)) {
    const tag = tagOf(el);
    if (tag === 'script' && !el.hasAttribute('src') && isExecutableScript(el.getAttribute('type')) && el.rawText.length > 0) scripts.push(sha256(el.rawText));
    if (tag === 'style') styles.push(sha256(el.rawText));
    if (hasAttr(el, 'style')) styleAttrs.push(sha256(el.getAttribute('style') ?? ''));
    if (hasAttr(el, RUNS_PAGEFIND)) runsPagefind = true;
  }
  const directives = [
    "default-src 'self'",
    // Only the search page runs Pagefind's WebAssembly: 'wasm-unsafe-eval' allows compiling wasm, not JS eval.
    ['script-src', "'self'", ...(runsPagefind ? ["'wasm-unsafe-eval'"] : []), ...unique(scripts)].join(' '),
    ['style-src', "'self'", ...unique(styles)].join(' '),
    // Style attributes in the markup (Next's built-in 404 page has some) are allowed one by one.
    styleAttrs.length > 0 ? ['style-src-attr', "'unsafe-hashes'", ...unique(styleAttrs)].join(' ') : "style-src-attr 'none'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
  return directives.join('; ');
}

/** The policy for one HTML document, parsing it. */
export function policyFor(html: string): string {
  return policyForTree(parse(html, { comment: false, blockTextElements: CSP_BLOCK_TEXT }));
}

/** Puts `policy` (by default the page's own) first in <head> (after the charset), replacing any earlier one. */
export function withCspMeta(html: string, policy: string = policyFor(html.replace(CSP_META, ''))): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}"/>`;
  if (CSP_META.test(html)) return html.replace(CSP_META, meta);
  const charset = /<head>(<meta charSet="utf-8"\/?>)?/i.exec(html);
  if (!charset) throw new Error('no <head> to put the Content-Security-Policy in');
  const at = charset.index + charset[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}
