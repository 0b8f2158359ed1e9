import type { ContentError, ErrorKind } from './schema';

/** Builds a content error value. Errors are data: the build collects them all and prints one line each. */
export function contentError(kind: ErrorKind, file: string, line: number | null, message: string): ContentError {
  return { kind, file, line, message };
}

/** One line per error, `file:line: [kind] message`, the format the build and content:check print. */
export function formatContentError(error: ContentError): string {
  const where = error.line === null ? error.file : `${error.file}:${error.line}`;
  return `${where}: [${error.kind}] ${error.message}`;
}
