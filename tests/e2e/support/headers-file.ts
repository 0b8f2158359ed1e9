/**
 * Reads a Netlify / Cloudflare Pages `_headers` file: path patterns, each with its headers.
 */
export type HeaderRule = { pattern: string; headers: Map<string, string> };

/** Parses `_headers` text: a pattern line, then indented `Name: value` lines; `#` starts a comment. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split('\n')) {
    if (raw.trim() === '' || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: raw.trim(), headers: new Map() });
      continue;
    }
    const rule = rules.at(-1);
    const colon = raw.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: cannot read line "${raw}"`);
    rule.headers.set(raw.slice(0, colon).trim().toLowerCase(), raw.slice(colon + 1).trim());
  }
  return rules;
}

/** Whether a `_headers` pattern (`/*`, `/_next/static/*`, `/exact`) matches a URL path. */
export function patternMatches(pattern: string, urlPath: string): boolean {
  const regex = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return regex.test(urlPath);
}
