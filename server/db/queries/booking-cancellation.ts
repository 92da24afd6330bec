import { sql } from 'drizzle-orm';
import type { CANCELLATION_CAUSES } from '../schema/booking.ts';
import { showtimes } from '../schema/showtimes.ts';
import { theatres } from '../schema/theatres.ts';

/** When a booking may still be cancelled: the theatre's cut-off before the show. */
export type CancellationCause = (typeof CANCELLATION_CAUSES)[number];

/** The last instant a booking may be cancelled: the show's start less the theatre's cut-off. */
export const cancellationDeadline = sql`(${showtimes.startsAt} - make_interval(mins => ${theatres.cancellationCutoffMinutes}))`;

/** The deadline as an RFC 3339 string to the second, for responses. */
export const cancellableUntil = sql<string>`to_char(${cancellationDeadline} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;
