import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { WEBHOOK_EXAMPLES } from './helpers/examples.ts';
import { runExample } from './helpers/example-process.ts';
import { webhookDeliveryWorld } from './helpers/webhook-delivery.ts';
import { cinema, sdkWorld } from './helpers/world.ts';

const EXAMPLES_DIR = fileURLToPath(new URL('../../sdk/examples', import.meta.url));
const RUN_HERE = ['sdk/examples/aggregator-quickstart.ts', 'sdk/examples/pos-quickstart.ts'];

t.test('every example in sdk/examples is run by a test', async (t) => {
  const examples = readdirSync(EXAMPLES_DIR).map((name) => `sdk/examples/${name}`).sort();
  t.same(examples, [...RUN_HERE, ...WEBHOOK_EXAMPLES.map((example) => example.file)].sort());
});

t.test('the aggregator quick start books and cancels a seat on a live server', async (t) => {
  const world = await sdkWorld(t);
  const { showtime } = await cinema(world, 'Quickstart');
  await showtime();
  const seller = await world.partner('aggregator', 'Quickstart Tickets');
  const example = runExample(t, 'sdk/examples/aggregator-quickstart.ts', { MARQUEE_BASE_URL: world.baseUrl, MARQUEE_API_KEY: seller.apiKey });
  t.equal(await example.exited(), 0, example.output());
  const bookingLine = await example.line(/^booked /);
  const bookingId = /\((bkg_\w+)\)/.exec(bookingLine)?.[1];
  t.ok(bookingId, 'it printed the booking id');
  t.equal((await seller.client.bookings.retrieve(bookingId!)).status, 'cancelled', 'the booking it made, then cancelled');
  t.match(await example.line(/^confirmed: /), /^confirmed: /, 'it listed its bookings');
});

t.test('the POS quick start syncs a schedule, blocks seats and sees a booking sold online', async (t) => {
  // The relay positions events in the feed, so it runs here as in production.
  const world = await webhookDeliveryWorld(t);
  const { theatre, movie, owner } = await cinema(world, 'Pos');
  const seller = await world.partner('aggregator', 'Pos Tickets');
  const example = runExample(t, 'sdk/examples/pos-quickstart.ts', {
    MARQUEE_BASE_URL: world.baseUrl, MARQUEE_API_KEY: owner.apiKey, MARQUEE_THEATRE_ID: theatre.id, MARQUEE_MOVIE_ID: movie.id, STOP_AFTER: '1',
  });
  const { showtimeIds } = JSON.parse(await example.line(/^\{"showtimeIds"/)) as { showtimeIds: string[] };
  t.equal(showtimeIds.length, 3, 'three showtimes synced');
  await example.line(/^following bookings$/);
  const seats = await owner.client.partner.seats.retrieve(showtimeIds[0]!);
  t.same(seats.seats.filter((seat) => seat.state === 'blocked').map((seat) => seat.label).sort(), ['A1', 'A2'], 'the box office seats are blocked');

  const hold = await seller.client.holds.create({ showtimeId: showtimeIds[0]!, customerRef: 'walk-in', seats: ['B5'] });
  const booking = await seller.client.bookings.create({ holdId: hold.id, payment: { method: 'partner_collected', reference: 'pay-pos' } });
  const seen = JSON.parse(await example.line(/"type":"booking.confirmed"/)) as { bookingId: string };
  t.equal(seen.bookingId, booking.id, 'the POS saw the booking sold online');
  t.equal(await example.exited(), 0, example.output());
});
