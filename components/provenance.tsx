import type { TextFact } from '@/lib/content/schema';

const NOTES: Record<TextFact['source'], string | null> = {
  text: null,
  derived: 'derived from the text',
  inferred: 'inferred',
  sidecar: "from editor's note",
};

/**
 * Says where a byline, outlet or title came from when it is not printed as such in the
 * story, with the evidence as a tooltip and in the accessible name. Nothing for plain text facts.
 */
export function Provenance({ fact }: { fact: TextFact }) {
  const note = NOTES[fact.source];
  if (!note) return null;
  const evidence = fact.evidence ? `${note}: ${fact.evidence}` : note;
  return (
    <span className="text-stone-600 dark:text-stone-400" title={evidence}>
      {' '}({note}
      {fact.evidence ? <span className="sr-only">: {fact.evidence}</span> : null})
    </span>
  );
}
