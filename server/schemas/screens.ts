import { Type } from '@sinclair/typebox';
import { SEAT_CATEGORIES } from '../db/schema/theatres.ts';
import { LAYOUT_LIMITS } from '../domain/seat-layout-document.ts';
import { Nullable, listOf } from './common.ts';
import { StringEnum } from './enum.ts';
import { ExternalRef } from './theatres.ts';

const Timestamp = Type.String({ format: 'date-time' });
const ScreenName = Type.String({ minLength: 1, maxLength: 100, pattern: '^[^\\x00-\\x1f\\x7f]*$' });
const ScreenStatus = StringEnum(['active', 'retired']);


export const ScreenIn = Type.Object(
  { externalRef: ExternalRef, name: ScreenName },
  { $id: 'ScreenIn', additionalProperties: false },
);

/** The whole screen for `PUT …/screens/by-ref/{externalRef}`: the reference is in the path. */
export const ScreenUpsert = Type.Object(
  { name: ScreenName, status: Type.Optional(ScreenStatus) },
  { $id: 'ScreenUpsert', additionalProperties: false },
);

export const ScreenPatch = Type.Object(
  { name: Type.Optional(ScreenName), status: Type.Optional(ScreenStatus) },
  { $id: 'ScreenPatch', additionalProperties: false, minProperties: 1 },
);

export const Screen = Type.Object(
  {
    id: Type.String(),
    theatreId: Type.String(),
    externalRef: Type.String(),
    name: Type.String(),
    status: ScreenStatus,
    version: Type.Integer({ minimum: 1 }),
    currentLayout: Nullable(Type.Integer({ minimum: 1 })),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { $id: 'Screen', additionalProperties: false },
);
export const ScreenList = listOf(Screen, 'ScreenList');

const RowLabel = Type.String({ pattern: '^[A-Z]{1,3}$' });
const SeatCategory = StringEnum(SEAT_CATEGORIES);

/**
 * One seat as a partner sends it. `x` is optional: by default a seat sits in the column after the
 * previous seat of its row, so only the first seat after an aisle needs one.
 */
const LayoutSeatIn = Type.Object(
  {
    number: Type.Integer({ minimum: 1, maximum: 999 }),
    category: SeatCategory,
    x: Type.Optional(Type.Integer({ minimum: 0, maximum: LAYOUT_LIMITS.columns - 1 })),
    wheelchair: Type.Optional(Type.Boolean()),
    companion: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

const LayoutRowIn = Type.Object(
  {
    label: RowLabel,
    y: Type.Optional(Type.Integer({ minimum: 0, maximum: LAYOUT_LIMITS.gridRows - 1 })),
    seats: Type.Array(LayoutSeatIn, { minItems: 1, maxItems: LAYOUT_LIMITS.seatsPerRow }),
  },
  { additionalProperties: false },
);

export const SeatLayoutIn = Type.Object(
  { rows: Type.Array(LayoutRowIn, { minItems: 1, maxItems: LAYOUT_LIMITS.rows }) },
  { $id: 'SeatLayoutIn', additionalProperties: false },
);

const LayoutSeat = Type.Object(
  {
    label: Type.String(),
    number: Type.Integer(),
    category: Type.String(),
    x: Type.Integer(),
    wheelchair: Type.Boolean(),
    companion: Type.Boolean(),
  },
  { additionalProperties: false },
);

const LayoutRow = Type.Object(
  { label: Type.String(), y: Type.Integer(), seats: Type.Array(LayoutSeat) },
  { additionalProperties: false },
);

const layoutSummaryProperties = {
  id: Type.String(),
  screenId: Type.String(),
  version: Type.Integer({ minimum: 1 }),
  seatCount: Type.Integer({ minimum: 1 }),
  categories: Type.Array(Type.String()),
  createdAt: Timestamp,
  retiredAt: Nullable(Timestamp),
};

export const SeatLayoutSummary = Type.Object(layoutSummaryProperties, { $id: 'SeatLayoutSummary', additionalProperties: false });
export const SeatLayoutList = listOf(SeatLayoutSummary, 'SeatLayoutList');

export const SeatLayout = Type.Object(
  { ...layoutSummaryProperties, rows: Type.Array(LayoutRow) },
  { $id: 'SeatLayout', additionalProperties: false },
);
