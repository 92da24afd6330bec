import { Type } from '@sinclair/typebox';
import { SEAT_STATES } from '../db/schema/inventory.ts';
import { Nullable } from './common.ts';
import { StringEnum } from './enum.ts';

/** A seat label as the layout makes it: the row label, then the seat number (`F12`). */
const SeatLabel = Type.String({ pattern: '^[A-Z]{1,3}[1-9][0-9]{0,2}$' });
const SeatLabels = Type.Array(SeatLabel, { minItems: 1, maxItems: 500, uniqueItems: true });
const BlockedReason = Type.String({ minLength: 1, maxLength: 200, pattern: '^[^\\x00-\\x1f\\x7f]*$' });

export const SeatBlockIn = Type.Object(
  { seats: SeatLabels, reason: Type.Optional(BlockedReason) },
  { $id: 'SeatBlockIn', additionalProperties: false },
);

export const SeatReleaseIn = Type.Object({ seats: SeatLabels }, { $id: 'SeatReleaseIn', additionalProperties: false });

/** One seat of a showtime as its theatre partner sees it: never who holds or booked it. */
export const PartnerSeat = Type.Object(
  {
    seatId: Type.String(),
    label: Type.String(),
    row: Type.String(),
    category: Type.String(),
    state: StringEnum(SEAT_STATES),
    blockedReason: Nullable(Type.String()),
    version: Type.Integer({ minimum: 1 }),
  },
  { $id: 'PartnerSeat', additionalProperties: false },
);

const SeatCount = Type.Integer({ minimum: 0 });

export const PartnerSeatInventory = Type.Object(
  {
    showtimeId: Type.String(),
    seats: Type.Array(Type.Ref(PartnerSeat)),
    counts: Type.Object(
      { available: SeatCount, held: SeatCount, booked: SeatCount, blocked: SeatCount },
      { additionalProperties: false },
    ),
  },
  { $id: 'PartnerSeatInventory', additionalProperties: false },
);

/** What a block or release did: the named seats as they now are, and which of them it changed. */
export const SeatAllocation = Type.Object(
  {
    showtimeId: Type.String(),
    changed: Type.Array(Type.String()),
    seats: Type.Array(Type.Ref(PartnerSeat)),
  },
  { $id: 'SeatAllocation', additionalProperties: false },
);
