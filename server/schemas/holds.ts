import { Type } from '@sinclair/typebox';
import { HOLD_STATUSES } from '../db/schema/booking.ts';
import { Money, Nullable } from './common.ts';
import { StringEnum } from './enum.ts';

const Timestamp = Type.String({ format: 'date-time' });
const SeatLabel = Type.String({ pattern: '^[A-Z]{1,3}[1-9][0-9]{0,2}$' });

/**
 * The hard ceiling of seats in one request; `HOLD_MAX_SEATS` (at most this) is the configured
 * limit, checked by the domain, so the contract does not change with the configuration.
 */
export const HOLD_SEATS_CEILING = 100;
/** The longest single extension a request may ask for; the hold's total lifetime caps it further. */
export const HOLD_EXTEND_CEILING_SECONDS = 3600;

/** `quantity` seats of a category chosen by Marquee instead of named seats (rules in the contract). */
export const BestAvailableIn = Type.Object(
  {
    category: Type.String({ pattern: '^[a-z][a-z0-9_]{0,31}$' }),
    quantity: Type.Integer({ minimum: 1, maximum: HOLD_SEATS_CEILING }),
    wheelchair: Type.Optional(Type.Integer({ minimum: 0, maximum: HOLD_SEATS_CEILING })),
    preferredRowDepth: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
  },
  { $id: 'BestAvailableIn', additionalProperties: false },
);

export const HoldIn = Type.Object(
  {
    showtimeId: Type.String({ minLength: 1, maxLength: 64 }),
    customerRef: Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,128}$' })),
    seats: Type.Optional(Type.Array(SeatLabel, { minItems: 1, maxItems: HOLD_SEATS_CEILING, uniqueItems: true })),
    bestAvailable: Type.Optional(Type.Ref(BestAvailableIn)),
  },
  { $id: 'HoldIn', additionalProperties: false },
);

export const HoldExtendIn = Type.Object(
  { seconds: Type.Optional(Type.Integer({ minimum: 1, maximum: HOLD_EXTEND_CEILING_SECONDS })) },
  { $id: 'HoldExtendIn', additionalProperties: false },
);

/** A discount applied to one seat; offers fill these in, and the line's `price` is after them. */
export const QuoteDiscount = Type.Object(
  { offerId: Type.String(), description: Type.String(), amount: Type.Ref(Money) },
  { $id: 'QuoteDiscount', additionalProperties: false },
);

export const QuoteLine = Type.Object(
  {
    label: Type.String(),
    category: Type.String(),
    basePrice: Type.Ref(Money),
    discounts: Type.Array(Type.Ref(QuoteDiscount)),
    price: Type.Ref(Money),
  },
  { $id: 'QuoteLine', additionalProperties: false },
);

export const Quote = Type.Object(
  { lines: Type.Array(Type.Ref(QuoteLine)), total: Type.Ref(Money) },
  { $id: 'Quote', additionalProperties: false },
);

export const HoldSeat = Type.Object(
  { label: Type.String(), category: Type.String(), price: Type.Ref(Money) },
  { $id: 'HoldSeat', additionalProperties: false },
);

export const Hold = Type.Object(
  {
    id: Type.String(),
    showtimeId: Type.String(),
    customerRef: Nullable(Type.String()),
    status: StringEnum(HOLD_STATUSES),
    seats: Type.Array(Type.Ref(HoldSeat)),
    quote: Type.Ref(Quote),
    expiresAt: Timestamp,
    createdAt: Timestamp,
  },
  { $id: 'Hold', additionalProperties: false },
);
