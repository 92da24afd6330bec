/**
 * A schedule document's showtimes on the time line of its window, cut into blocks: the places
 * where one request may end and the next begin. A request's window must hold every showtime it
 * lists, so a cut falls only between two starts; and some stretches may not be cut at all (a
 * `Tie`), because applying their two sides one after the other would not do what the whole
 * document does.
 */

/** No request boundary may fall at an instant `p` with `after < p <= until` (epoch ms). */
export interface Tie {
  after: number;
  until: number;
}

/** A stretch of the window `[from, next block's from)` whose showtimes travel in one request. */
export interface Block {
  from: number;
  /** Indexes into the document's `showtimes`. */
  showtimes: number[];
}

export interface Timeline {
  /** In order; the first starts at the window's start, and may have no showtimes. */
  blocks: Block[];
  /**
   * Showtimes that cannot be placed (no usable start, a start outside the window, a reference
   * used twice): they go with the first request, where the server refuses them with its usual
   * problem before anything is applied.
   */
  misfits: number[];
}

function mergedTies(ties: Tie[]): Tie[] {
  const merged: Tie[] = [];
  for (const tie of [...ties].filter((tie) => tie.after < tie.until).sort((a, b) => a.after - b.after)) {
    const last = merged.at(-1);
    if (last && tie.after <= last.until) last.until = Math.max(last.until, tie.until);
    else merged.push({ ...tie });
  }
  return merged;
}

/** The latest instant in `(previous, next]` where a cut is allowed, if any. */
function cutBetween(previous: number, next: number, ties: Tie[]): number | undefined {
  const tie = ties.find((candidate) => candidate.after < next && next <= candidate.until);
  if (!tie) return next;
  // Merged ties neither overlap nor touch, so a tie's own start is never inside another one.
  return tie.after > previous ? tie.after : undefined;
}

export function timelineOf(
  starts: (number | undefined)[],
  references: string[],
  window: { from: number; to: number },
  ties: Tie[],
): Timeline {
  const counts = new Map<string, number>();
  for (const reference of references) counts.set(reference, (counts.get(reference) ?? 0) + 1);
  const misfits: number[] = [];
  const placed: { index: number; start: number }[] = [];
  starts.forEach((start, index) => {
    const fits = start !== undefined && start >= window.from && start < window.to && counts.get(references[index]!) === 1;
    if (fits) placed.push({ index, start });
    else misfits.push(index);
  });
  placed.sort((a, b) => a.start - b.start || a.index - b.index);

  const merged = mergedTies(ties);
  const blocks: Block[] = [{ from: window.from, showtimes: [] }];
  let previous = window.from;
  for (const { index, start } of placed) {
    const cut = start === previous ? undefined : cutBetween(previous, start, merged);
    if (cut === undefined) blocks.at(-1)!.showtimes.push(index);
    else blocks.push({ from: cut, showtimes: [index] });
    previous = start;
  }
  return { blocks, misfits };
}
