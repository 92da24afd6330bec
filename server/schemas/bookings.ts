import { Type } from '@sinclair/typebox';
import { BOOKING_STATUSES, CANCELLATION_CAUSES, PAYMENT_METHODS, PAYMENT_STATUSES, REFUND_STATUSES } from '../db/schema/booking.ts';
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

export const BookingRefund = Type.Object(
  { amount: Type.Ref(Money), status: StringEnum(REFUND_STATUSES) },
  { $id: 'BookingRefund', additionalProperties: false },
);

export const BookingCancellation = Type.Object(
  {
    cancelledAt: Timestamp,
    cause: StringEnum(CANCELLATION_CAUSES),
    reason: Nullable(Type.String()),
    refund: Nullable(Type.Ref(BookingRefund)),
  },
  { $id: 'BookingCancellation', additionalProperties: false },
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
    cancellableUntil: Nullable(Timestamp),
    cancellation: Nullable(Type.Ref(BookingCancellation)),
    createdAt: Timestamp,
  },
  { $id: 'Booking', additionalProperties: false },
);

export const BookingList = listOf(Booking, 'BookingList');

const Reason = Type.String({ minLength: 1, maxLength: 500 });

/** Why the seller cancels, kept with the booking. */
export const BookingCancelIn = Type.Object({ reason: Type.Optional(Reason) }, { $id: 'BookingCancelIn', additionalProperties: false });

export const BulkBookingIn = Type.Object(
  { items: Type.Array(Type.Ref(BookingIn), { minItems: 1, maxItems: 50 }) },
  { $id: 'BulkBookingIn', additionalProperties: false },
);

export const BulkBookingResult = Type.Object(
  { data: Type.Array(Type.Ref(Booking)) },
  { $id: 'BulkBookingResult', additionalProperties: false },
);

export const BulkCancellationIn = Type.Object(
  {
    bookingIds: Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { minItems: 1, maxItems: 100, uniqueItems: true }),
    reason: Type.Optional(Reason),
  },
  { $id: 'BulkCancellationIn', additionalProperties: false },
);

export const BulkCancellationRefusal = Type.Object(
  { status: Type.Integer(), code: StringEnum(['not_found', 'booking_cancelled', 'cancellation_closed'] as const), detail: Type.String() },
  { $id: 'BulkCancellationRefusal', additionalProperties: false },
);

export const BulkCancellationOutcome = Type.Object(
  {
    bookingId: Type.String(),
    outcome: StringEnum(['cancelled', 'refused'] as const),
    booking: Nullable(Type.Ref(Booking)),
    refusal: Nullable(Type.Ref(BulkCancellationRefusal)),
  },
  { $id: 'BulkCancellationOutcome', additionalProperties: false },
);

export const BulkCancellationResult = Type.Object(
  { data: Type.Array(Type.Ref(BulkCancellationOutcome)) },
  { $id: 'BulkCancellationResult', additionalProperties: false },
);
