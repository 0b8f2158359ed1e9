/**
 * One scrape's text compiled as the pipeline compiles a file `content/articles/case.txt`: the
 * shared door for unit tests that feed a page they wrote and look at what came out.
 */
import { type ArticleDraft, compileSource } from '@/lib/content/compile-source';
import { normaliseText, type SourceLine, toLines } from '@/lib/content/source/normalise';

/** The whole result of compiling `text` (articles and errors). */
export const compileText = (text: string) => compileSource('case', 'content/articles/case.txt', text);

/** The article `text` compiles to, or undefined when it was rejected. */
export const compileArticle = (text: string): ArticleDraft | undefined => compileText(text).articles[0];

/** The body blocks' texts of the article `lines` compile to (only paragraphs when `kind` says so); [] when rejected. */
export function bodyTexts(lines: readonly string[], kind?: ArticleDraft['body'][number]['kind']): string[] {
  return compileArticle(lines.join('\n'))?.body.filter((b) => kind === undefined || b.kind === kind).map((b) => b.text) ?? [];
}

/** The lines of `text` numbered as the pipeline numbers them (normalised, one-based): what the line readers take. */
export const sourceLines = (text: string): SourceLine[] => toLines(normaliseText(text));
