import { Type } from '@sinclair/typebox';
import { SHOWTIME_FORMATS } from '../db/schema/showtimes.ts';
import { Nullable, listOf } from './common.ts';
import { SeatCategoryPrice } from './catalogue.ts';
import { StringEnum } from './enum.ts';
import { ExternalRef } from './theatres.ts';

const Timestamp = Type.String({ format: 'date-time' });
const Id = Type.String({ minLength: 1, maxLength: 64 });
const LocalDateTime = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?$',
  description: "Wall-clock time in the theatre's zone, without an offset: `2026-11-27T14:30`.",
});

const scheduleFields = {
  movieId: Type.Optional(Id),
  movieExternalId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  startsAt: Type.Optional(Type.String({ format: 'date-time', description: 'The start as an instant (with an offset).' })),
  startsAtLocal: Type.Optional(LocalDateTime),
  language: Type.String({ pattern: '^[a-z]{2}$' }),
  format: StringEnum(SHOWTIME_FORMATS),
  prices: Type.Array(Type.Ref(SeatCategoryPrice), { minItems: 1, maxItems: 20 }),
};

/**
 * A showtime as a POS sends it: the movie by Marquee id or by its external id, the start as an
 * instant or as local wall-clock time (exactly one of each), and a price for every seat category
 * of the screen's layout.
 */
export const ShowtimeIn = Type.Object(
  { externalRef: ExternalRef, screenId: Id, ...scheduleFields },
  { $id: 'ShowtimeIn', additionalProperties: false },
);

/** The whole showtime for `PUT …/by-ref/{externalRef}`. */
export const ShowtimeUpsert = Type.Object({ screenId: Id, ...scheduleFields }, { $id: 'ShowtimeUpsert', additionalProperties: false });

export const ShowtimePatch = Type.Object(
  {
    startsAt: Type.Optional(Type.String({ format: 'date-time' })),
    startsAtLocal: Type.Optional(LocalDateTime),
    language: Type.Optional(Type.String({ pattern: '^[a-z]{2}$' })),
    format: Type.Optional(StringEnum(SHOWTIME_FORMATS)),
    prices: Type.Optional(Type.Array(Type.Ref(SeatCategoryPrice), { minItems: 1, maxItems: 20 })),
  },
  { $id: 'ShowtimePatch', additionalProperties: false, minProperties: 1 },
);

export const PartnerShowtime = Type.Object(
  {
    id: Type.String(),
    externalRef: Type.String(),
    theatreId: Type.String(),
    screenId: Type.String(),
    layoutId: Type.String(),
    movieId: Type.String(),
    startsAt: Timestamp,
    startsAtLocal: Timestamp,
    endsAt: Timestamp,
    endsAtLocal: Timestamp,
    localDate: Type.String({ format: 'date' }),
    timeZone: Type.String(),
    language: Type.String(),
    format: Type.String(),
    status: StringEnum(['scheduled', 'cancelled']),
    cancelledAt: Nullable(Timestamp),
    prices: Type.Array(Type.Ref(SeatCategoryPrice)),
    version: Type.Integer({ minimum: 1 }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { $id: 'PartnerShowtime', additionalProperties: false },
);
export const PartnerShowtimeList = listOf(PartnerShowtime, 'PartnerShowtimeList');
