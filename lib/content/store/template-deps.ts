/**
 * What one file's compiled result takes from the archive's site template (segment/site-template.ts).
 * The template is counted over every file, so one story added can change it; but a file's result
 * depends only on the template's answer for the lines that file holds. `templateView` is that
 * answer, computed before compiling, and goes into the file's compile key (./compile-cache.ts):
 * a file whose lines the change does not touch keeps its key, the others get a new one.
 *
 * The view is computed from the decoded text's lines, while the segmenter asks about its own
 * (normalised) lines; the two agree on every line key but for odd input (a control character,
 * say). So compiling for the cache records every key the segmenter asked about (TemplateRecorder),
 * and a result that asked about a key outside its view is not kept: it is compiled again next run.
 */
import { compileFile, type CompiledFile, type SourceFile } from '../archive';
import { decodeSource } from '../source/decode';
import { type SiteTemplate, templateKey } from '../segment/site-template';

/** The template keys of a text's lines, as findSiteTemplate counts them. */
function lineKeys(text: string): Set<string> {
  const keys = new Set<string>();
  for (const line of text.split('\n')) {
    const key = templateKey(line);
    if (key !== '') keys.add(key);
  }
  return keys;
}

/** The template's entries for the lines of `file`, as one string (sorted, so it is the same however found): part of its compile key. */
export function templateView(file: SourceFile, template: SiteTemplate): string {
  const decoded = decodeSource(file.bytes, file.path);
  if (!decoded.ok) return ''; // an undecodable file is rejected before the template is read
  const hits: string[] = [];
  for (const key of lineKeys(decoded.text)) {
    const files = template.get(key);
    if (files !== undefined) hits.push(JSON.stringify([key, files]));
  }
  return hits.sort().join('\n');
}

/** The site template, recording every key looked up since the last `reset`. */
export class TemplateRecorder extends Map<string, number> {
  readonly asked = new Set<string>();

  override get(key: string): number | undefined {
    this.asked.add(key);
    return super.get(key);
  }

  override has(key: string): boolean {
    this.asked.add(key);
    return super.has(key);
  }

  reset(): void {
    this.asked.clear();
  }
}

/** compileFile's result, and whether it may be cached under a key that holds templateView (see the module comment). */
export type TrackedCompile = { compiled: CompiledFile; cacheable: boolean };

/** compileFile(file, template), checking that it consulted the template only about the file's own lines. */
export function compileTracked(file: SourceFile, template: TemplateRecorder): TrackedCompile {
  template.reset();
  const compiled = compileFile(file, template);
  if (template.asked.size === 0) return { compiled, cacheable: true };
  const decoded = decodeSource(file.bytes, file.path);
  const own = decoded.ok ? lineKeys(decoded.text) : new Set<string>();
  return { compiled, cacheable: [...template.asked].every((key) => own.has(key)) };
}
