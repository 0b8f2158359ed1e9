/**
 * The name a story's source file is shown under (its source panel, its JSON-LD `isBasedOn`): the
 * file's own name, without the folder it was read from, so a build from an absolute content folder
 * never puts the machine's paths on a page.
 */
export const sourceFileName = (sourceFile: string): string => sourceFile.split(/[\\/]/).at(-1) || sourceFile;
