import type { RequestBody, Schema } from '../types.ts';
import type { Timeline } from './timeline.ts';

/**
 * Packs a schedule document into requests the server accepts: each under the showtime and
 * screen caps and a byte budget (the serialized JSON is measured, not guessed), windows tiling
 * the document's window in order, so every instant of it is covered by exactly one request and
 * its cancellations still reach all of it.
 */

export type ScheduleDocument = Schema<'ScheduleIn'>;
export type ScheduleBody = RequestBody<'syncSchedule'>;

export interface SplitLimits {
  maxBytes: number;
  maxShowtimes: number;
  maxScreens: number;
}

/** One request of a split document: its window and which of the document's items it carries. */
export interface Chunk {
  from: number;
  to: number;
  /** Indexes into the document's `screens` and `showtimes`, in the order sent. */
  screens: number[];
  showtimes: number[];
}

export function chunkBody(document: ScheduleDocument, chunk: Chunk, dryRun: boolean): ScheduleBody {
  const screens = document.screens ?? [];
  return {
    window: { from: new Date(chunk.from).toISOString(), to: new Date(chunk.to).toISOString() },
    ...(document.cancelMissing === undefined ? {} : { cancelMissing: document.cancelMissing }),
    ...(dryRun ? { dryRun: true } : {}),
    ...(chunk.screens.length === 0 ? {} : { screens: chunk.screens.map((index) => screens[index]!) }),
    showtimes: chunk.showtimes.map((index) => document.showtimes[index]!),
  };
}

const bytesOf = (value: unknown) => Buffer.byteLength(JSON.stringify(value));
/** `"screens":[],` as it sits between two members. */
const SCREENS_MEMBER = bytesOf({ a: 0, screens: [] }) - bytesOf({ a: 0 });
/** Every ISO instant `toISOString` gives for years 0–9999 has the same length. */
const EPOCH = 0;

/** A request being filled, with its exact serialized size kept as items go in. */
class ChunkBuilder {
  readonly screens: number[] = [];
  readonly showtimes: number[] = [];
  lastBlock: number;
  private screenBytes = 0;
  private showtimeBytes = 0;

  constructor(readonly firstBlock: number, private readonly sizes: Sizes, private readonly limits: SplitLimits) {
    this.lastBlock = firstBlock;
  }

  has(screen: number): boolean {
    return this.screens.includes(screen);
  }

  bytesWith(screens: number[], showtimes: number[]): number {
    const screenCount = this.screens.length + screens.length;
    const showtimeCount = this.showtimes.length + showtimes.length;
    const screenBytes = this.screenBytes + sum(screens.map((index) => this.sizes.screens[index]!));
    const showtimeBytes = this.showtimeBytes + sum(showtimes.map((index) => this.sizes.showtimes[index]!));
    return this.sizes.skeleton
      + (screenCount === 0 ? 0 : SCREENS_MEMBER + screenBytes + screenCount - 1)
      + showtimeBytes + Math.max(0, showtimeCount - 1);
  }

  fits(screens: number[], showtimes: number[]): boolean {
    return this.screens.length + screens.length <= this.limits.maxScreens
      && this.showtimes.length + showtimes.length <= this.limits.maxShowtimes
      && this.bytesWith(screens, showtimes) <= this.limits.maxBytes;
  }

  add(screens: number[], showtimes: number[]): void {
    this.screens.push(...screens);
    this.showtimes.push(...showtimes);
    this.screenBytes += sum(screens.map((index) => this.sizes.screens[index]!));
    this.showtimeBytes += sum(showtimes.map((index) => this.sizes.showtimes[index]!));
  }
}

interface Sizes {
  skeleton: number;
  screens: number[];
  showtimes: number[];
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

function describeBlock(document: ScheduleDocument, showtimes: number[], starts: (number | undefined)[]): string {
  const instants = showtimes.map((index) => starts[index]).filter((start): start is number => start !== undefined);
  const span = instants.length === 0 ? '' : ` starting from ${new Date(Math.min(...instants)).toISOString()} to ${new Date(Math.max(...instants)).toISOString()}`;
  const refs = showtimes.slice(0, 3).map((index) => `'${document.showtimes[index]!.externalRef}'`).join(', ');
  return `${showtimes.length} showtime(s)${span} (${refs}${showtimes.length > 3 ? ', …' : ''})`;
}

/**
 * Screens come first: in the first request(s), each of which repeats the first block of the
 * window (usually empty) so that it is a complete statement of that block. A dry run cannot see
 * screens that an earlier request only planned, so with `dryRun` every request also carries the
 * document's screens its showtimes name.
 */
export function splitDocument(
  document: ScheduleDocument,
  timeline: Timeline,
  options: { dryRun: boolean; limits: SplitLimits; starts: (number | undefined)[]; window: { from: number; to: number } },
): Chunk[] {
  const { dryRun, limits } = options;
  const screens = document.screens ?? [];
  const sizes: Sizes = {
    skeleton: bytesOf(chunkBody({ ...document, screens: [], showtimes: [] }, { from: EPOCH, to: EPOCH, screens: [], showtimes: [] }, dryRun)),
    screens: screens.map(bytesOf),
    showtimes: document.showtimes.map(bytesOf),
  };
  const screensByRef = new Map<string, number[]>();
  screens.forEach((screen, index) => screensByRef.set(screen.externalRef, [...(screensByRef.get(screen.externalRef) ?? []), index]));
  const named = (showtimes: number[]) => [...new Set(showtimes.flatMap((index) => screensByRef.get(document.showtimes[index]!.screenExternalRef) ?? []))];

  const { blocks } = timeline;
  const lead = [...blocks[0]!.showtimes, ...timeline.misfits];
  const sent = new Set<number>();
  const chunks: ChunkBuilder[] = [];
  const toCarry = (builder: ChunkBuilder, showtimes: number[]) => named(showtimes).filter((index) => !builder.has(index) && (dryRun || !sent.has(index)));
  const open = (block: number, showtimes: number[]) => {
    const builder = new ChunkBuilder(block, sizes, limits);
    const carried = toCarry(builder, showtimes);
    if (!builder.fits(carried, showtimes)) {
      const bytes = builder.bytesWith(carried, showtimes);
      throw new RangeError(
        `Marquee: ${describeBlock(document, showtimes, options.starts)} must go in one request (they start at the same instant, or a move ` +
        `or cancellation ties them together), and with the ${carried.length} screen(s) they name that request would take ${bytes} bytes ` +
        `and ${showtimes.length} showtimes, over the limits of ${limits.maxBytes} bytes and ${limits.maxShowtimes} showtimes. Raise ` +
        '`maxRequestBytes` (the server accepts up to its body limit, 1 MiB by default) or send those showtimes apart.',
      );
    }
    builder.add(carried, showtimes);
    return builder;
  };
  const close = (builder: ChunkBuilder) => {
    chunks.push(builder);
    for (const index of builder.screens) sent.add(index);
  };

  const referenced = new Set(named(document.showtimes.map((_, index) => index)));
  const duplicated = screens.flatMap((screen, index) => ((screensByRef.get(screen.externalRef)?.length ?? 0) > 1 ? [index] : []));
  // Duplicates go first so that the server sees them together and refuses them before anything is applied.
  const order = [...new Set([...named(lead), ...duplicated, ...screens.map((_, index) => index)])]
    .filter((index) => !(dryRun && referenced.has(index)));

  let current = open(0, lead);
  for (const screen of order) {
    if (current.has(screen) || sent.has(screen)) continue;
    if (current.fits([screen], [])) {
      current.add([screen], []);
      continue;
    }
    close(current);
    current = open(0, lead);
    if (!current.fits([screen], [])) {
      throw new RangeError(
        `Marquee: screen '${screens[screen]!.externalRef}' takes ${sizes.screens[screen]} bytes (with its layout), too many for one request ` +
        `of at most ${limits.maxBytes} bytes alongside the window's first showtimes. Raise \`maxRequestBytes\`.`,
      );
    }
    current.add([screen], []);
  }
  for (let block = 1; block < blocks.length; block++) {
    const { showtimes } = blocks[block]!;
    const carried = toCarry(current, showtimes);
    if (current.fits(carried, showtimes)) {
      current.add(carried, showtimes);
      current.lastBlock = block;
    } else {
      close(current);
      current = open(block, showtimes);
    }
  }
  close(current);

  return chunks.map((builder) => ({
    from: blocks[builder.firstBlock]!.from,
    to: blocks[builder.lastBlock + 1]?.from ?? options.window.to,
    screens: builder.screens,
    showtimes: builder.showtimes,
  }));
}
