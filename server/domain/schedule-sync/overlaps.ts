/**
 * Two showtimes on one screen may not overlap, cleaning buffer included. The database's exclusion
 * constraint decides in the end; this check, over the schedule as it would be after the sync, says
 * beforehand which items clash, so a refusal can name them one by one.
 */

export interface Span {
  screenId: string;
  startsAt: Date;
  endsAt: Date;
  /** The document's showtime index, or undefined for a showtime the document does not touch. */
  index?: number;
  externalRef: string;
  showtimeId?: string;
}

export interface Clash {
  /** The later of the two, always a document item (held showtimes never clash among themselves). */
  item: Span & { index: number };
  other: Span;
}

/**
 * Per screen, by start: a span clashes when it starts before the furthest-reaching earlier span
 * ends. Each clashing document item is reported once, against one span it clashes with.
 */
export function findClashes(spans: Span[]): Clash[] {
  const byScreen = new Map<string, Span[]>();
  for (const span of spans) {
    const screenSpans = byScreen.get(span.screenId);
    if (screenSpans) screenSpans.push(span);
    else byScreen.set(span.screenId, [span]);
  }
  const clashes: Clash[] = [];
  for (const screenSpans of byScreen.values()) {
    screenSpans.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || (a.index ?? -1) - (b.index ?? -1));
    let reaching: Span | undefined;
    for (const span of screenSpans) {
      if (reaching && span.startsAt < reaching.endsAt) {
        // Report the document's item; if the later one is a held showtime, the earlier one is ours.
        if (span.index !== undefined) clashes.push({ item: span as Span & { index: number }, other: reaching });
        else if (reaching.index !== undefined) clashes.push({ item: reaching as Span & { index: number }, other: span });
      }
      if (!reaching || span.endsAt > reaching.endsAt) reaching = span;
    }
  }
  return clashes.sort((a, b) => a.item.index - b.item.index);
}
