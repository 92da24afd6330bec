/**
 * Compiled by `npm run lint` (tsc), never run. Each `@ts-expect-error` line must fail to compile:
 * if the SDK ever accepted it, the directive would be unused and tsc would fail. The other lines
 * must compile: the SDK's types are the contract's.
 */
import type { Marquee, ProblemCode, Schema } from '../../sdk/src/index.ts';

export async function contractTypes(marquee: Marquee): Promise<void> {
  // @ts-expect-error a showtime id is a string
  await marquee.holds.create({ showtimeId: 42, customerRef: 'c1', seats: ['A1'] });
  // @ts-expect-error an unknown field is refused, as the API refuses it
  await marquee.holds.create({ showtimeId: 'shw_1', customerRef: 'c1', seats: ['A1'], discount: 50 });
  // @ts-expect-error a booking needs its payment
  await marquee.bookings.create({ holdId: 'hld_1' });
  // @ts-expect-error the id is required
  await marquee.bookings.retrieve();
  // @ts-expect-error not a booking status
  marquee.bookings.list({ status: 'pending' });
  // @ts-expect-error a limit is a number
  marquee.bookings.list({ limit: '5' });
  // @ts-expect-error not an error code of the contract
  const code: ProblemCode = 'seat_gone';

  const booking: Schema<'Booking'> = await marquee.bookings.retrieve('bkg_1');
  // @ts-expect-error a booking has no such field
  void booking.discountCode;
  for await (const confirmed of marquee.bookings.list({ status: 'confirmed' })) {
    const id: string = confirmed.id;
    void id;
  }
  const { response } = await marquee.partner.theatres.retrieve('thr_1').withResponse();
  const etag: string | undefined = response.etag;
  await marquee.partner.theatres.update('thr_1', { name: 'New name' }, { ifMatch: etag });
  void code;
}
