import { toLocalRfc3339 } from '../local-time.ts';

/**
 * When an offer applies to a showtime, judged on the show's local start in its theatre's zone.
 * Scope, status and validity dates are filtered in SQL (`listActiveOffersInScope`); the
 * time-of-day window and the days of week are judged here, in one place for every caller.
 */

export interface OfferRule {
  id: string;
  name: string;
  kind: 'nth_ticket' | 'time_window';
  percentOff: number;
  nth: number | null;
  repeats: boolean;
  /** `HH:MM` or `HH:MM:SS`, local wall-clock time. */
  windowStart: string | null;
  windowEnd: string | null;
  /** ISO days, 1 = Monday … 7 = Sunday; null = every day. */
  daysOfWeek: number[] | null;
  priority: number;
}

/** A showtime's local start: its calendar date, time of day (`HH:MM:SS`) and ISO day of week. */
export interface ShowtimeMoment {
  localDate: string;
  localTime: string;
  isoDayOfWeek: number;
}

export function momentOf(startsAt: Date, timeZone: string): ShowtimeMoment {
  return momentAt(toLocalRfc3339(startsAt, timeZone));
}

/** The moment of a local wall-clock start, `YYYY-MM-DDTHH:MM:SS` (the database can say it, no Intl needed). */
export function momentAt(local: string): ShowtimeMoment {
  const localDate = local.slice(0, 10);
  const weekday = new Date(`${localDate}T00:00:00Z`).getUTCDay();
  return { localDate, localTime: local.slice(11, 19), isoDayOfWeek: weekday === 0 ? 7 : weekday };
}

const seconds = (time: string) => {
  const [hours, minutes, secs] = time.split(':').map(Number) as [number, number, number?];
  return hours * 3600 + minutes * 60 + (secs ?? 0);
};

/**
 * `[start, end)`; when `end` is earlier than `start` the window wraps past midnight
 * (`22:00`–`02:00` takes in 23:30 and 01:00), and the day of week is the day the show starts.
 */
export function insideWindow(time: string, start: string, end: string): boolean {
  const at = seconds(time);
  const from = seconds(start);
  const until = seconds(end);
  return from < until ? at >= from && at < until : at >= from || at < until;
}

/** Whether a (scoped, active, valid) offer prices this showtime at all. nth offers always can. */
export function appliesToShowtime(offer: OfferRule, moment: ShowtimeMoment): boolean {
  if (offer.kind !== 'time_window') return true;
  if (offer.daysOfWeek && !offer.daysOfWeek.includes(moment.isoDayOfWeek)) return false;
  return insideWindow(moment.localTime, offer.windowStart!, offer.windowEnd!);
}

/** Whether an nth-ticket offer gives its discount to the line at `position` (1-based). */
export function givesToPosition(offer: OfferRule, position: number): boolean {
  if (offer.kind === 'time_window') return true;
  const nth = offer.nth!;
  return offer.repeats ? position % nth === 0 : position === nth;
}
