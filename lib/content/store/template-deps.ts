/**
 * What one file's compiled result takes from the archive's site template (segment/site-template.ts).
 * The template is counted over every file, so one story added can change it; but a file's result
 * depends only on the template's answers to the line keys its compile looked up. TemplateRecorder
 * records those answers while the file compiles; they are kept with the result in the compile cache
 * (./compile-cache.ts), and the result is reused only while the template still gives every one of
 * them (stillAnswers). A line the segmenter settles before asking the template (a date stamp, a
 * byline) is never asked about, so a story added in December does not recompile every story whose
 * "December 5, 2026" line is counted in the template: only those whose recorded answers changed.
 */
import { compileFile, type CompiledFile } from '../archive';
import type { SourceFile } from '../source/read-folder';
import type { SiteTemplate } from '../segment/site-template';
import type { z } from 'zod';
import type { templateAnswers } from '../schema';

/** The template's answers one compile asked for, in the order first asked. */
export type TemplateAnswers = z.infer<typeof templateAnswers>;

/** The site template, recording every key looked up (and what it gave) since the last `reset`. */
export class TemplateRecorder extends Map<string, number> {
  private readonly asked = new Map<string, number | null>();

  override get(key: string): number | undefined {
    const found = super.get(key);
    this.asked.set(key, found ?? null);
    return found;
  }

  override has(key: string): boolean {
    this.asked.set(key, super.get(key) ?? null);
    return super.has(key);
  }

  reset(): void {
    this.asked.clear();
  }

  /** What was asked since the last `reset`, with the answers. */
  answers(): TemplateAnswers {
    return [...this.asked];
  }
}

/** Whether `template` gives every answer in `answers`: then compiling against it repeats the recorded compile. */
export function stillAnswers(template: SiteTemplate, answers: TemplateAnswers): boolean {
  return answers.every(([key, files]) => (template.get(key) ?? null) === files);
}

/** compileFile's result and the template answers it rests on. */
export type TrackedCompile = { compiled: CompiledFile; answers: TemplateAnswers };

/** compileFile(file, template), recording what it asked the template. */
export function compileTracked(file: SourceFile, template: TemplateRecorder): TrackedCompile {
  template.reset();
  const compiled = compileFile(file, template);
  return { compiled, answers: template.answers() };
}
