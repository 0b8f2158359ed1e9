/**
 * Post-build step: a per-page Content-Security-Policy as a <meta http-equiv> in every HTML file.
 *
 * Once zero-js.ts has taken Next's runtime out, the one inline script left is the no-flash theme
 * script; each page still gets the sha256 hashes of its own inline scripts, never 'unsafe-inline',
 * so a new inline script cannot run until the build hashes it.
 * Must run after every step that rewrites HTML: a changed inline script would no longer match.
 * Headers a <meta> cannot carry (frame-ancestors) come from deploy/nginx.conf and public/_headers.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { htmlFilesIn } from './html-files';

const CSP_META = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\/?>/;
/** Markup of a page that runs Pagefind's search (enhance/search.ts), which compiles WebAssembly. */
const RUNS_PAGEFIND = '[data-search]';

/** Script types a browser executes; data blocks such as application/ld+json are not scripts to CSP. */
function isExecutable(type: string | undefined): boolean {
  if (type === undefined || type.trim() === '') return true;
  return /^(module|(text|application)\/(javascript|ecmascript)|text\/jscript)$/i.test(type.trim());
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const unique = (items: string[]) => [...new Set(items)];

/** The policy for one HTML document: only its own inline scripts and styles may run. */
export function policyFor(html: string): string {
  const root = parse(html, { comment: false, blockTextElements: { script: true, style: true } });
  const scripts = root
    .querySelectorAll('script')
    .filter((s) => !s.hasAttribute('src') && isExecutable(s.getAttribute('type')) && s.rawText.length > 0)
    .map((s) => sha256(s.rawText));
  const styles = root.querySelectorAll('style').map((s) => sha256(s.rawText));
  const styleAttrs = root.querySelectorAll('[style]').map((el) => sha256(el.getAttribute('style') ?? ''));
  const directives = [
    "default-src 'self'",
    // Only the search page runs Pagefind's WebAssembly: 'wasm-unsafe-eval' allows compiling wasm, not JS eval.
    ['script-src', "'self'", ...(root.querySelector(RUNS_PAGEFIND) ? ["'wasm-unsafe-eval'"] : []), ...unique(scripts)].join(' '),
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

/** Puts the page's policy first in <head> (after the charset), replacing any earlier one. */
export function withCspMeta(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html.replace(CSP_META, ''))}"/>`;
  if (CSP_META.test(html)) return html.replace(CSP_META, meta);
  const charset = /<head>(<meta charSet="utf-8"\/?>)?/i.exec(html);
  if (!charset) throw new Error('no <head> to put the Content-Security-Policy in');
  const at = charset.index + charset[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}

/** Adds the per-page CSP <meta> to every HTML file under `exportDir`. */
export function addCspToPages(exportDir: string): string {
  const files = htmlFilesIn(exportDir);
  for (const file of files) writeFileSync(file, withCspMeta(readFileSync(file, 'utf8')));
  return `${files.length} pages`;
}
