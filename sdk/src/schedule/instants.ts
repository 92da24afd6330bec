/**
 * Where a showtime of a schedule document starts, as the API reads it: splitting a document by
 * window must put each showtime in the window the server will find it in, so a wall-clock start
 * is resolved the way the server resolves it (the earlier instant when a clock change repeats the
 * time, none when it skips it).
 */

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall clock of an instant in a zone, to the second, as milliseconds of a UTC date with the same reading. */
function wallClockMs(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
}

const offsetMs = (instant: number, timeZone: string) => wallClockMs(instant, timeZone) - Math.floor(instant / 1000) * 1000;

/** The instant a wall-clock time names in a zone; undefined when the zone skips it. */
export function instantOfWallClock(local: string, timeZone: string): number | undefined {
  const match = WALL_CLOCK.exec(local);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as number[];
  const reading = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
  // Near a transition the offset at the guess may not be the offset at the answer: try both.
  const first = offsetMs(reading, timeZone);
  const candidates = [reading - first, reading - offsetMs(reading - first, timeZone)];
  const matching = candidates.filter((instant) => wallClockMs(instant, timeZone) === reading);
  return matching.length === 0 ? undefined : Math.min(...matching);
}

/**
 * A showtime's start in epoch milliseconds, or undefined where the server would refuse it (both
 * or neither of `startsAt` and `startsAtLocal`, a time the zone skips, an unreadable value).
 */
export function startOfShowtime(showtime: { startsAt?: string; startsAtLocal?: string }, timeZone: string | undefined): number | undefined {
  if ((showtime.startsAt === undefined) === (showtime.startsAtLocal === undefined)) return undefined;
  if (showtime.startsAt !== undefined) {
    const instant = Date.parse(showtime.startsAt);
    return Number.isNaN(instant) ? undefined : instant;
  }
  return timeZone === undefined ? undefined : instantOfWallClock(showtime.startsAtLocal!, timeZone);
}
