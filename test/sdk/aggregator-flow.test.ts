import t from 'tap';
import { cinema, sdkWorld } from './helpers/world.ts';

const paid = (reference: string) => ({ method: 'partner_collected', reference }) as const;

t.test('an aggregator browses, reads a seat map, holds best available, quotes, books, lists, cancels and works in bulk, through the SDK alone', async (t) => {
  const world = await sdkWorld(t);
  const { city, movie, theatre, showtime } = await cinema(world, 'Flow');
  const show = await showtime();
  const seller = (await world.partner('aggregator', 'Flow Tickets')).client;
  const visitor = world.client();

  // Browse, as a customer's app would, without credentials.
  const cities = await visitor.catalogue.cities.list().toArray();
  t.ok(cities.some((c) => c.id === city.id), 'the city is listed');
  const movies = await visitor.catalogue.movies.listInCity(city.id).toArray();
  t.ok(movies.some((m) => m.id === movie.id), 'the movie plays there');
  const showing = await visitor.catalogue.showtimes.listForMovie(city.id, movie.id, { date: show.startsAtLocal.slice(0, 10) }).toArray();
  t.same(showing.map((entry) => entry.theatre.id), [theatre.id], 'at this theatre');
  t.ok(showing[0]!.showtimes.some((summary) => summary.id === show.id), 'with this showtime');
  const theatres = await visitor.catalogue.theatres.listInCity(city.id).toArray();
  t.ok(theatres.some((entry) => entry.id === theatre.id));
  t.equal((await visitor.catalogue.showtimes.retrieve(show.id)).id, show.id);

  const map = await visitor.seatMaps.retrieve(show.id);
  t.equal(map.seats.length, 30, 'the map shows every seat');
  t.ok(map.seats.every((seat) => seat.status === 'available'));

  // Best available: Marquee chooses.
  const chosen = await seller.holds.create({ showtimeId: show.id, customerRef: 'cust-1', bestAvailable: { category: 'standard', quantity: 3 } });
  t.equal(chosen.seats.length, 3, 'three seats chosen');
  const quote = await visitor.catalogue.quote(show.id, { seats: chosen.seats.map((seat) => seat.label) });
  t.same(quote.total, chosen.quote.total, 'the public quote agrees with the hold’s');
  const extended = await seller.holds.extend(chosen.id, { seconds: 300 });
  t.ok(Date.parse(extended.expiresAt) > Date.parse(chosen.expiresAt), 'extended');
  const booking = await seller.bookings.create({ holdId: chosen.id, payment: paid('pay-1') });
  t.equal(booking.status, 'confirmed');
  t.same(booking.seats.map((seat) => seat.label).sort(), chosen.seats.map((seat) => seat.label).sort());

  // A hold released is not booked.
  const released = await seller.holds.create({ showtimeId: show.id, customerRef: 'cust-2', seats: ['C10'] });
  t.equal((await seller.holds.release(released.id)).status, 'released');

  // Bulk: several holds confirmed together, then cancelled together.
  const holds = [];
  for (const seat of ['C1', 'C2', 'C3']) holds.push(await seller.holds.create({ showtimeId: show.id, customerRef: `group-${seat}`, seats: [seat] }));
  const bulk = await seller.bookings.createBulk({ items: holds.map((hold, n) => ({ holdId: hold.id, payment: paid(`group-${n}`) })) });
  t.equal(bulk.data.length, 3, 'three bookings at once');

  // Every booking, across pages, with for await.
  const listed: string[] = [];
  for await (const item of seller.bookings.list({ limit: 2 })) listed.push(item.id);
  t.same(listed.sort(), [booking.id, ...bulk.data.map((b) => b.id)].sort(), 'all four, two per page');
  t.equal((await seller.bookings.retrieve(booking.id)).id, booking.id);

  const cancelled = await seller.bookings.cancel(booking.id, { reason: 'changed plans' });
  t.equal(cancelled.status, 'cancelled');
  const outcomes = await seller.bookings.cancelBulk({ bookingIds: [...bulk.data.map((b) => b.id), booking.id], reason: 'group called off' });
  t.same(outcomes.data.map((outcome) => outcome.outcome), ['cancelled', 'cancelled', 'cancelled', 'refused'], 'the already-cancelled one is refused, the rest cancelled');
  t.equal(outcomes.data[3]!.refusal?.code, 'booking_cancelled');

  t.same(await seller.bookings.list({ status: 'confirmed' }).toArray(), [], 'nothing confirmed is left');
  t.equal((await seller.bookings.list({ status: 'cancelled', showtimeId: show.id }).toArray()).length, 4, 'filters by status and showtime');
  const after = await visitor.seatMaps.retrieve(show.id);
  t.ok(after.seats.every((seat) => seat.status === 'available'), 'every seat is free again');
});
