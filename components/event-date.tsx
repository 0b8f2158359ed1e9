import { describeEventDate } from '@/lib/describe-event-date';
import type { EventDate } from '@/lib/content/schema';

/** An event's date at its precision, each date part in a `<time datetime>`, with "year inferred"/"approximate" marks. */
export function EventDateText({ date }: { date: EventDate }) {
  const { pieces, qualifiers } = describeEventDate(date);
  return (
    <>
      {pieces.map((piece, i) =>
        typeof piece === 'string' ? (
          <span key={i}>{piece}</span>
        ) : (
          <time key={i} dateTime={piece.dateTime}>
            {piece.text}
          </time>
        ),
      )}
      {qualifiers.length ? <span className="text-stone-600 dark:text-stone-400"> ({qualifiers.join(', ')})</span> : null}
    </>
  );
}
