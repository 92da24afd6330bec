import { ConflictError } from '../errors.ts';
import type { PagePromise } from '../pagination.ts';
import type { ListItem, QueryParams } from '../types.ts';
import type { RequestOptions } from '../transport.ts';
import { startOfShowtime } from './instants.ts';
import { splitDocument, type Chunk, type ScheduleDocument, type SplitLimits } from './split.ts';
import { timelineOf, type Tie } from './timeline.ts';

/**
 * The plan of a split sync, and what it must know of the theatre to keep the whole document's
 * meaning. Requests apply one after the other, so two things the server does in one go for a
 * whole document could go wrong across a boundary:
 *
 * - a showtime the document moves from one request's window into another's would be cancelled
 *   by the first (it is missing there) and then refused by the second: such a move ties its old
 *   and new start into one request;
 * - a showtime placed by an earlier request may overlap one that a later request cancels or
 *   moves away: the server refuses the earlier request (`overlaps_existing`, nothing applied),
 *   and the plan ties the two into one request and goes on.
 */

export interface HeldShowtime {
  id: string;
  externalRef: string;
  start: number;
}

type ShowtimeLister = {
  list(theatreId: string, query?: QueryParams<'listPartnerShowtimes'>, options?: RequestOptions): PagePromise<ListItem<'listPartnerShowtimes'>>;
};

const DAY_MS = 86_400_000;
const isoDate = (instant: number) => new Date(instant).toISOString().slice(0, 10);

/** The theatre's live showtimes starting inside the window (the list filters by local date: two days either side cover any zone). */
export async function heldShowtimes(showtimes: ShowtimeLister, theatreId: string, window: { from: number; to: number }, options: RequestOptions): Promise<HeldShowtime[]> {
  const query = { from: isoDate(window.from - 2 * DAY_MS), to: isoDate(window.to + 2 * DAY_MS), status: 'scheduled', limit: 100 } as const;
  const held: HeldShowtime[] = [];
  for await (const showtime of showtimes.list(theatreId, query, options)) {
    const start = Date.parse(showtime.startsAt);
    if (start >= window.from && start < window.to) held.push({ id: showtime.id, externalRef: showtime.externalRef, start });
  }
  return held;
}

const spanning = (a: number, b: number): Tie => ({ after: Math.min(a, b), until: Math.max(a, b) });

export class SchedulePlan {
  readonly starts: (number | undefined)[];
  readonly window: { from: number; to: number };
  private readonly ties: Tie[];
  private readonly heldById: Map<string, HeldShowtime>;
  private readonly listedStarts: Map<string, number | undefined>;
  chunks: Chunk[];

  constructor(
    private readonly document: ScheduleDocument,
    private readonly options: { dryRun: boolean; limits: SplitLimits; timeZone: string | undefined; held: HeldShowtime[] },
  ) {
    this.window = { from: Date.parse(document.window.from), to: Date.parse(document.window.to) };
    this.starts = document.showtimes.map((showtime) => startOfShowtime(showtime, options.timeZone));
    this.listedStarts = new Map(document.showtimes.map((showtime, index) => [showtime.externalRef, this.starts[index]]));
    this.heldById = new Map(options.held.map((showtime) => [showtime.id, showtime]));
    this.ties = options.held.flatMap((showtime) => {
      const start = this.listedStarts.get(showtime.externalRef);
      return start !== undefined && start !== showtime.start ? [spanning(showtime.start, start)] : [];
    });
    this.chunks = this.split();
  }

  private split(): Chunk[] {
    const timeline = timelineOf(this.starts, this.document.showtimes.map((showtime) => showtime.externalRef), this.window, this.ties);
    return splitDocument(this.document, timeline, { ...this.options, starts: this.starts, window: this.window });
  }

  /**
   * After request `index` was refused: whether the refusal came only from showtimes the document
   * itself cancels or moves in another request's window. If so, ties them to the showtimes that
   * ran into them and plans again; the requests already sent keep their place.
   */
  replanAfter(index: number, error: unknown): boolean {
    const chunk = this.chunks[index]!;
    const ties = this.tiesFrom(error, chunk);
    if (ties.length === 0) return false;
    this.ties.push(...ties);
    const replanned = this.split();
    const samePrefix = this.chunks.slice(0, index).every((sent, at) => JSON.stringify(sent) === JSON.stringify(replanned[at]));
    if (!samePrefix || JSON.stringify(replanned[index]) === JSON.stringify(chunk)) return false;
    this.chunks = replanned;
    return true;
  }

  private tiesFrom(error: unknown, chunk: Chunk): Tie[] {
    if (!(error instanceof ConflictError) || error.code !== 'schedule_conflict') return [];
    if (error.errors.length === 0 || error.errors.some((issue) => issue.code !== 'overlaps_existing')) return [];
    const others = error.conflicts.map((id) => this.heldById.get(id));
    const movedAway = (held: HeldShowtime | undefined) => held !== undefined
      && (held.start < chunk.from || held.start >= chunk.to)
      && this.listedStarts.get(held.externalRef) !== held.start;
    if (others.length === 0 || !others.every(movedAway)) return [];
    const ours = error.errors.map((issue) => {
      const index = /^\/body\/showtimes\/(\d+)\//.exec(issue.path)?.[1];
      return index === undefined ? undefined : this.starts[chunk.showtimes[Number(index)]!];
    });
    if (ours.some((start) => start === undefined)) return [];
    return ours.flatMap((start) => others.map((held) => spanning(start!, held!.start)));
  }
}
