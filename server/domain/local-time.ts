/**
 * Wall-clock arithmetic in IANA zones with nothing but Intl: showtimes are stored in UTC and shown
 * in their theatre's zone, and a `date` filter means the theatre's local calendar date.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(instant: Date, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts['year']!,
    month: parts['month']!,
    day: parts['day']!,
    hour: parts['hour']!,
    minute: parts['minute']!,
    second: parts['second']!,
  };
}

const pad = (value: number, width = 2) => String(Math.abs(value)).padStart(width, '0');

/** The zone's offset from UTC at that instant, in minutes (east positive), read from Intl. */
function intlOffsetMinutes(instant: Date, timeZone: string): number {
  const local = wallClock(instant, timeZone);
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * Offsets by zone and quarter of an hour. Intl is slow (a catalogue page formats hundreds of
 * times), and a zone's offset only changes at a transition: a quarter whose first and last second
 * have the same whole-minute offset, matching the wall clock exactly, has it throughout (the tz
 * database has no two transitions 15 minutes apart). A quarter with a transition, or an offset in
 * seconds (local mean time, before the 20th century), is left to Intl every time (`null`).
 */
const QUARTER_MS = 15 * 60_000;
const OFFSETS_KEPT = 10_000;
const quarterOffsets = new Map<string, number | null>();

function quarterOffset(ms: number, timeZone: string): number | null {
  const quarter = Math.floor(ms / QUARTER_MS);
  const key = `${timeZone}|${quarter}`;
  let offset = quarterOffsets.get(key);
  if (offset === undefined) {
    const first = new Date(quarter * QUARTER_MS);
    const last = new Date((quarter + 1) * QUARTER_MS - 1000);
    const atFirst = intlOffsetMinutes(first, timeZone);
    const exact = atFirst === intlOffsetMinutes(last, timeZone) && sameWallClock(first, atFirst, timeZone);
    offset = exact ? atFirst : null;
    if (quarterOffsets.size >= OFFSETS_KEPT) quarterOffsets.clear();
    quarterOffsets.set(key, offset);
  }
  return offset;
}

function sameWallClock(instant: Date, offset: number, timeZone: string): boolean {
  const local = wallClock(instant, timeZone);
  const shifted = new Date(instant.getTime() + offset * 60_000);
  return local.year === shifted.getUTCFullYear() && local.month === shifted.getUTCMonth() + 1 && local.day === shifted.getUTCDate()
    && local.hour === shifted.getUTCHours() && local.minute === shifted.getUTCMinutes() && local.second === shifted.getUTCSeconds();
}

/** The zone's offset from UTC at that instant, in minutes (east positive). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  return quarterOffset(instant.getTime(), timeZone) ?? intlOffsetMinutes(instant, timeZone);
}

/** The instant's wall clock in the zone (to the second), with the offset it is at. */
function localClock(instant: Date, timeZone: string): WallClock & { offset: number } {
  const offset = quarterOffset(instant.getTime(), timeZone);
  if (offset === null) return { ...wallClock(instant, timeZone), offset: intlOffsetMinutes(instant, timeZone) };
  const shifted = new Date(Math.floor(instant.getTime() / 1000) * 1000 + offset * 60_000);
  return {
    year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(), minute: shifted.getUTCMinutes(), second: shifted.getUTCSeconds(), offset,
  };
}

/** `YYYY-MM-DD` of the instant on the zone's calendar. */
export function localDateOf(instant: Date, timeZone: string): string {
  const local = localClock(instant, timeZone);
  return `${pad(local.year, 4)}-${pad(local.month)}-${pad(local.day)}`;
}

/** RFC 3339 with the zone's offset, e.g. `2026-11-24T14:30:00+05:30`. */
export function toLocalRfc3339(instant: Date, timeZone: string): string {
  const local = localClock(instant, timeZone);
  const { offset } = local;
  const sign = offset < 0 ? '-' : '+';
  return (
    `${pad(local.year, 4)}-${pad(local.month)}-${pad(local.day)}T${pad(local.hour)}:${pad(local.minute)}:${pad(local.second)}` +
    `${sign}${pad(Math.trunc(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`
  );
}

/** Adds whole calendar days to a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/**
 * The instant a wall-clock time (`YYYY-MM-DDTHH:mm[:ss]`, no offset) names in a zone; undefined
 * when the zone skips that time (the spring-forward gap). An ambiguous time (fall back) is the
 * earlier instant.
 */
export function instantOfLocal(local: string, timeZone: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as number[];
  const asUtc = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
  // The offset at the guess may differ from the offset at the answer near a transition: try both.
  const candidates = [offsetMinutes(new Date(asUtc), timeZone)];
  candidates.push(offsetMinutes(new Date(asUtc - candidates[0]! * 60_000), timeZone));
  const instants = candidates
    .map((offset) => new Date(asUtc - offset * 60_000))
    .filter((instant) => toLocalRfc3339(instant, timeZone).startsWith(`${local.length === 16 ? `${local}:00` : local}`))
    .sort((a, b) => a.getTime() - b.getTime());
  return instants[0];
}
