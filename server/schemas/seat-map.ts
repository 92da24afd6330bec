import { Type } from '@sinclair/typebox';
import { SeatCategoryPrice } from './catalogue.ts';
import { Nullable } from './common.ts';
import { StringEnum } from './enum.ts';

/**
 * The public seat map: what a client needs to draw a showtime's seats and let a customer choose.
 * It says whether a seat can be chosen, never why not (held, booked or blocked) nor by whom.
 */

const GridIndex = Type.Integer({ minimum: 0 });
const SeatCount = Type.Integer({ minimum: 0 });

export const SEAT_MAP_STATUSES = ['available', 'unavailable'] as const;

export const SeatMapShowtime = Type.Object(
  {
    id: Type.String(),
    startsAt: Type.String({ format: 'date-time' }),
    startsAtLocal: Type.String({ format: 'date-time' }),
    timeZone: Type.String(),
    status: StringEnum(['scheduled', 'cancelled']),
  },
  { $id: 'SeatMapShowtime', additionalProperties: false },
);

export const SeatMapGrid = Type.Object(
  { columns: SeatCount, rows: SeatCount },
  { $id: 'SeatMapGrid', additionalProperties: false },
);

export const SeatMapRow = Type.Object(
  { label: Type.String(), y: GridIndex },
  { $id: 'SeatMapRow', additionalProperties: false },
);

export const SeatMapSeat = Type.Object(
  {
    label: Type.String(),
    row: Type.String(),
    number: Nullable(Type.Integer({ minimum: 1 })),
    x: GridIndex,
    y: GridIndex,
    category: Type.String(),
    wheelchair: Type.Boolean(),
    companion: Type.Boolean(),
    status: StringEnum(SEAT_MAP_STATUSES),
  },
  { $id: 'SeatMapSeat', additionalProperties: false },
);

export const SeatCategoryAvailability = Type.Object(
  { category: Type.String(), total: SeatCount, available: SeatCount },
  { $id: 'SeatCategoryAvailability', additionalProperties: false },
);

export const SeatMap = Type.Object(
  {
    showtime: Type.Ref(SeatMapShowtime),
    grid: Type.Ref(SeatMapGrid),
    rows: Type.Array(Type.Ref(SeatMapRow)),
    seats: Type.Array(Type.Ref(SeatMapSeat)),
    prices: Type.Array(Type.Ref(SeatCategoryPrice)),
    counts: Type.Array(Type.Ref(SeatCategoryAvailability)),
  },
  { $id: 'SeatMap', additionalProperties: false },
);
