import { Type } from '@sinclair/typebox';
import { BOOKING_STATUSES, PAYMENT_METHODS, PAYMENT_STATUSES } from '../db/schema/booking.ts';
import { listOf, Money, Nullable } from './common.ts';
import { StringEnum } from './enum.ts';
import { QuoteLine } from './holds.ts';

const Timestamp = Type.String({ format: 'date-time' });

/** How the customer pays: the aggregator already collected it, or the customer pays at the theatre. */
export const BookingPaymentIn = Type.Union(
  [
    Type.Object(
      { method: Type.Literal('partner_collected'), reference: Type.String({ pattern: '^[\\x20-\\x7e]{1,128}$' }) },
      { additionalProperties: false },
    ),
    Type.Object({ method: Type.Literal('pay_at_venue') }, { additionalProperties: false }),
  ],
  { $id: 'BookingPaymentIn' },
);

export const BookingIn = Type.Object(
  { holdId: Type.String({ minLength: 1, maxLength: 64 }), payment: Type.Ref(BookingPaymentIn) },
  { $id: 'BookingIn', additionalProperties: false },
);

export const BookingChannel = Type.Object(
  { type: StringEnum(['partner', 'direct'] as const), partnerId: Nullable(Type.String()) },
  { $id: 'BookingChannel', additionalProperties: false },
);

export const BookingSeat = Type.Object(
  { label: Type.String(), category: Type.String() },
  { $id: 'BookingSeat', additionalProperties: false },
);

export const BookingPayment = Type.Object(
  {
    method: StringEnum(PAYMENT_METHODS),
    status: StringEnum(PAYMENT_STATUSES),
    amount: Type.Ref(Money),
    reference: Nullable(Type.String()),
  },
  { $id: 'BookingPayment', additionalProperties: false },
);

export const Booking = Type.Object(
  {
    id: Type.String(),
    reference: Type.String({ pattern: '^MQ-[A-Z0-9]{6}$' }),
    showtimeId: Type.String(),
    theatreId: Type.String(),
    channel: Type.Ref(BookingChannel),
    customerRef: Nullable(Type.String()),
    status: StringEnum(BOOKING_STATUSES),
    seats: Type.Array(Type.Ref(BookingSeat)),
    priceLines: Type.Array(Type.Ref(QuoteLine)),
    total: Type.Ref(Money),
    payment: Type.Ref(BookingPayment),
    createdAt: Timestamp,
  },
  { $id: 'Booking', additionalProperties: false },
);

export const BookingList = listOf(Booking, 'BookingList');
