import type { HTMLElement, Node } from 'node-html-parser';

const isElement = (node: Node): node is HTMLElement => node.nodeType === 1;

/**
 * Every element under `root`, in document order: what node-html-parser's querySelectorAll walks
 * for each selector, walked once, so a pass can pick several kinds of element from one list.
 */
export function elementsOf(root: HTMLElement): HTMLElement[] {
  const out: HTMLElement[] = [];
  const visit = (node: HTMLElement) => {
    for (const child of node.childNodes) {
      if (!isElement(child)) continue;
      out.push(child);
      visit(child);
    }
  };
  visit(root);
  return out;
}

/** The element's tag name as CSS selectors match it (lower case). */
export const tagOf = (el: HTMLElement): string => (el.rawTagName || '').toLowerCase();

/** Whether a <script> of this `type` runs: no type, a JavaScript MIME type or module. Data blocks (application/ld+json) do not. */
export function isExecutableScript(type: string | undefined): boolean {
  if (type === undefined || type.trim() === '') return true;
  return /^(module|(text|application)\/(javascript|ecmascript)|text\/jscript)$/i.test(type.trim());
}

/** Whether the element has the attribute, as a CSS `[name]` selector decides it. */
export const hasAttr = (el: HTMLElement, name: string): boolean => el.getAttribute(name) !== undefined;
