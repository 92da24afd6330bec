/**
 * An aggregator's first sale: browse a city, read a showtime's seat map, let Marquee choose the
 * best two seats, confirm them into a booking, find it again, and cancel it.
 *
 *   MARQUEE_BASE_URL=http://127.0.0.1:3000 MARQUEE_API_KEY=mq_live_… node --import tsx sdk/examples/aggregator-quickstart.ts
 */
import { ConflictError, Marquee } from '@marquee/sdk';

const marquee = new Marquee({ baseUrl: process.env.MARQUEE_BASE_URL!, apiKey: process.env.MARQUEE_API_KEY! });

try {
  // Browse: the first city with a movie showing in the next week.
  const { data: cities } = await marquee.catalogue.cities.list();
  let found: { showtimeId: string; title: string } | undefined;
  for (const city of cities) {
    for await (const movie of marquee.catalogue.movies.listInCity(city.id)) {
      const { data: theatres } = await marquee.catalogue.showtimes.listForMovie(city.id, movie.id);
      const showtime = theatres[0]?.showtimes[0];
      if (showtime) found = { showtimeId: showtime.id, title: movie.title };
      if (found) break;
    }
    if (found) break;
  }
  if (!found) throw new Error('nothing is showing in the next week');

  const map = await marquee.seatMaps.retrieve(found.showtimeId);
  const free = map.seats.filter((seat) => seat.status === 'available');
  console.log(`${found.title}: ${free.length} of ${map.seats.length} seats free`);

  // Hold: Marquee picks the best two adjacent seats; a race for them answers 409 with what is free.
  const hold = await marquee.holds.create({ showtimeId: found.showtimeId, customerRef: 'customer-42', bestAvailable: { category: free[0]!.category, quantity: 2 } });
  console.log(`held ${hold.seats.map((seat) => seat.label).join(', ')} for ${hold.quote.total.amount} ${hold.quote.total.currency} until ${hold.expiresAt}`);

  // Book: the SDK sends an Idempotency-Key and retries safely if the connection drops.
  const booking = await marquee.bookings.create({ holdId: hold.id, payment: { method: 'partner_collected', reference: 'pay_8f2c91d04e' } });
  console.log(`booked ${booking.reference} (${booking.id})`);

  for await (const mine of marquee.bookings.list({ status: 'confirmed' }).take(5)) console.log(`confirmed: ${mine.reference}`);

  const cancelled = await marquee.bookings.cancel(booking.id, { reason: 'customer changed plans' });
  console.log(`cancelled ${cancelled.reference}: ${cancelled.status}`);
} catch (error) {
  if (error instanceof ConflictError) console.error(`refused: ${error.detail}; free nearby: ${error.availableNearby.join(', ')}`);
  throw error;
} finally {
  await marquee.close();
}
