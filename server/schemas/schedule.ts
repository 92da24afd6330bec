import { Type } from '@sinclair/typebox';
import { SHOWTIME_FORMATS } from '../db/schema/showtimes.ts';
import { SeatCategoryPrice } from './catalogue.ts';
import { Nullable } from './common.ts';
import { StringEnum } from './enum.ts';
import { SeatLayoutIn } from './screens.ts';
import { ExternalRef } from './theatres.ts';

/** Limits that keep one document inside the request body limit and one transaction's reach. */
export const SCHEDULE_LIMITS = { screens: 50, showtimes: 2000 } as const;

const Timestamp = Type.String({ format: 'date-time' });

export const ScheduleScreenIn = Type.Object(
  {
    externalRef: ExternalRef,
    name: Type.String({ minLength: 1, maxLength: 100, pattern: '^[^\\x00-\\x1f\\x7f]*$' }),
    layout: Type.Optional(Type.Ref(SeatLayoutIn)),
  },
  { $id: 'ScheduleScreenIn', additionalProperties: false },
);

export const ScheduleShowtimeIn = Type.Object(
  {
    externalRef: ExternalRef,
    screenExternalRef: ExternalRef,
    movieId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    movieExternalId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    startsAt: Type.Optional(Timestamp),
    startsAtLocal: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?$' })),
    language: Type.String({ pattern: '^[a-z]{2}$' }),
    format: StringEnum(SHOWTIME_FORMATS),
    prices: Type.Array(Type.Ref(SeatCategoryPrice), { minItems: 1, maxItems: 20 }),
  },
  { $id: 'ScheduleShowtimeIn', additionalProperties: false },
);

const Window = Type.Object({ from: Timestamp, to: Timestamp }, { additionalProperties: false });

export const ScheduleIn = Type.Object(
  {
    window: Window,
    cancelMissing: Type.Optional(StringEnum(['refuse', 'force'])),
    dryRun: Type.Optional(Type.Boolean()),
    screens: Type.Optional(Type.Array(Type.Ref(ScheduleScreenIn), { maxItems: SCHEDULE_LIMITS.screens })),
    showtimes: Type.Array(Type.Ref(ScheduleShowtimeIn), { maxItems: SCHEDULE_LIMITS.showtimes }),
  },
  { $id: 'ScheduleIn', additionalProperties: false },
);

const Item = Type.Object({ id: Nullable(Type.String()), externalRef: Type.String() }, { additionalProperties: false });
const Change = Type.Object(
  { id: Type.String(), externalRef: Type.String(), changed: Type.Array(Type.String()) },
  { additionalProperties: false },
);
const LayoutItem = Type.Object(
  {
    screenId: Nullable(Type.String()),
    screenExternalRef: Type.String(),
    layoutId: Nullable(Type.String()),
    version: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);
const Count = Type.Integer({ minimum: 0 });

export const ScheduleSyncResult = Type.Object(
  {
    theatreId: Type.String(),
    dryRun: Type.Boolean(),
    window: Window,
    screens: Type.Object(
      {
        counts: Type.Object({ created: Count, updated: Count, unchanged: Count }, { additionalProperties: false }),
        created: Type.Array(Item),
        updated: Type.Array(Change),
        unchanged: Type.Array(Item),
      },
      { additionalProperties: false },
    ),
    layouts: Type.Object(
      {
        counts: Type.Object({ created: Count, unchanged: Count }, { additionalProperties: false }),
        created: Type.Array(LayoutItem),
        unchanged: Type.Array(LayoutItem),
      },
      { additionalProperties: false },
    ),
    showtimes: Type.Object(
      {
        counts: Type.Object({ created: Count, updated: Count, unchanged: Count, cancelled: Count }, { additionalProperties: false }),
        created: Type.Array(Item),
        updated: Type.Array(Change),
        unchanged: Type.Array(Item),
        cancelled: Type.Array(Item),
      },
      { additionalProperties: false },
    ),
    bookingsCancelled: Count,
  },
  { $id: 'ScheduleSyncResult', additionalProperties: false },
);
