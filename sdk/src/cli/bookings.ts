import type { Marquee, PagePromise, QueryParams, Schema } from '../index.ts';
import { integerOption, positionalArguments, stringOption, type Command } from './command.ts';
import { UsageError } from './failure.ts';
import { fields, money, table } from './format.ts';

type Booking = Schema<'Booking'>;
type TheatreFilters = Omit<QueryParams<'listPartnerBookings'>, 'limit' | 'cursor'>;

const list: Command = {
  name: 'bookings list',
  arguments: '[options]',
  summary: 'List bookings, newest first.',
  description:
    'List bookings, newest first: a theatre partner sees the bookings at its theatres (filter them with\n' +
    '--theatre, --showtime, --date, --status); an aggregator sees the bookings it sold. With --json,\n' +
    'an array of the bookings as the API gives them.',
  options: {
    theatre: { type: 'string', value: '<theatreId>', description: 'only bookings at this theatre' },
    showtime: { type: 'string', value: '<showtimeId>', description: 'only bookings for this showtime' },
    date: { type: 'string', value: '<YYYY-MM-DD>', description: "only showtimes on this local date (the theatre's zone)" },
    status: { type: 'string', value: '<status>', description: 'only `confirmed` or only `cancelled` bookings' },
    limit: { type: 'string', value: '<n>', description: 'at most n bookings, across pages (default 20)' },
  },
  examples: ['marquee bookings list --theatre thr_01JDQ6X0A1B2C3D4E5F6G7H8J9 --date 2026-11-27', 'marquee bookings list --limit 100 --json'],
  async run(context, { values, positionals }) {
    positionalArguments(this, positionals, []);
    const limit = integerOption(this, values, 'limit', { min: 1 }) ?? 20;
    const status = stringOption(this, values, 'status');
    if (status !== undefined && status !== 'confirmed' && status !== 'cancelled') {
      throw new UsageError(`--status is \`confirmed\` or \`cancelled\`, not '${status}'`, this.name);
    }
    const filters: TheatreFilters = {
      theatreId: stringOption(this, values, 'theatre'),
      showtimeId: stringOption(this, values, 'showtime'),
      date: stringOption(this, values, 'date'),
      status,
    };
    const client = context.client();
    const { partner } = await client.partner.retrieve();
    const pages = bookingPages(client, partner.kind, filters, Math.min(limit, 100));
    const bookings: Booking[] = [];
    for await (const booking of pages.take(limit)) bookings.push(booking);
    context.out.result(bookings, (items) =>
      items.length === 0
        ? ['No bookings.']
        : table(
            ['ID', 'REFERENCE', 'STATUS', 'SEATS', 'TOTAL', 'SHOWTIME', 'CREATED'],
            items.map((booking) => [booking.id, booking.reference, booking.status, seatLabels(booking), money(booking.total), booking.showtimeId, booking.createdAt]),
          ),
    );
  },
};

/**
 * The list the caller's key can read: theatre partners list the bookings at their theatres,
 * aggregators the ones they sold (the API has one operation for each).
 */
function bookingPages(client: Marquee, kind: 'theatre' | 'aggregator', filters: TheatreFilters, pageSize: number): PagePromise<Booking> {
  if (kind === 'theatre') return client.partner.bookings.list({ ...filters, limit: pageSize });
  const filtered = Object.values(filters).some((value) => value !== undefined);
  if (filtered) throw new UsageError('--theatre, --showtime, --date and --status filter the bookings at your theatres; an aggregator key lists the bookings it sold', 'bookings list');
  return client.bookings.list({ limit: pageSize });
}

const get: Command = {
  name: 'bookings get',
  arguments: '<bookingId>',
  summary: 'Show one booking: seats, prices, payment and cancellation.',
  options: {},
  examples: ['marquee bookings get bkg_01JDQB1B2C3D4E5F6G7H8J9K0M'],
  async run(context, { positionals }) {
    const [bookingId] = positionalArguments(this, positionals, ['<bookingId>']);
    const booking = await context.client().bookings.retrieve(bookingId!);
    context.out.result(booking, describeBooking);
  },
};

const cancel: Command = {
  name: 'bookings cancel',
  arguments: '<bookingId> [--reason <text>]',
  summary: 'Cancel a booking you sold, with a full refund.',
  description:
    "Cancel a booking you sold, with a full refund, while the theatre's cancellation cut-off allows it.\n" +
    'Safe to repeat after a network failure: the retry carries the same idempotency key.',
  options: {
    reason: { type: 'string', value: '<text>', description: 'why, kept with the booking' },
  },
  examples: ['marquee bookings cancel bkg_01JDQB1B2C3D4E5F6G7H8J9K0M --reason "Customer changed plans"'],
  async run(context, { values, positionals }) {
    const [bookingId] = positionalArguments(this, positionals, ['<bookingId>']);
    const reason = stringOption(this, values, 'reason');
    const booking = await context.client().bookings.cancel(bookingId!, reason === undefined ? {} : { reason });
    context.out.result(booking, (cancelled) => {
      const refund = cancelled.cancellation?.refund;
      return [`Cancelled booking ${cancelled.id} (${cancelled.reference})${refund ? `; refund ${money(refund.amount)} ${refund.status}` : ''}.`];
    });
  },
};

function seatLabels(booking: Booking): string {
  return booking.seats.map((seat) => seat.label).join(',');
}

function describeBooking(booking: Booking): string[] {
  const cancellation = booking.cancellation;
  return [
    ...fields([
      ['Booking', booking.id],
      ['Reference', booking.reference],
      ['Status', booking.status],
      ['Theatre', booking.theatreId],
      ['Showtime', booking.showtimeId],
      ['Channel', booking.channel.type === 'partner' ? `partner ${booking.channel.partnerId}` : 'direct'],
      ['Customer', booking.customerRef],
      ['Total', money(booking.total)],
      ['Payment', `${booking.payment.method}, ${booking.payment.status}${booking.payment.reference ? ` (${booking.payment.reference})` : ''}`],
      ['Cancellable until', booking.cancellableUntil],
      ['Cancelled', cancellation ? `${cancellation.cancelledAt}, ${cancellation.cause}${cancellation.reason ? `: ${cancellation.reason}` : ''}` : null],
      ['Refund', cancellation?.refund ? `${money(cancellation.refund.amount)} ${cancellation.refund.status}` : null],
      ['Created', booking.createdAt],
    ]),
    'Seats:',
    ...table(
      ['SEAT', 'CATEGORY', 'BASE', 'DISCOUNTS', 'PRICE'],
      booking.priceLines.map((line) => [
        line.label, line.category, money(line.basePrice),
        line.discounts.map((discount) => `${discount.description} -${money(discount.amount)}`).join('; ') || '-',
        money(line.price),
      ]),
    ).map((line) => `  ${line}`),
  ];
}

export const bookingCommands: Command[] = [list, get, cancel];
