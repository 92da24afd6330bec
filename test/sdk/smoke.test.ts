import t from 'tap';
import { cinema, sdkWorld } from './helpers/world.ts';

t.test('smoke', async (t) => {
  const world = await sdkWorld(t);
  const { showtime, city } = await cinema(world, 'Smoke');
  const show = await showtime();
  const seller = await world.partner('aggregator', 'Smoke Tickets');
  const hold = await seller.client.holds.create({ showtimeId: show.id, customerRef: 'c1', seats: ['A1', 'A2'] });
  const { data: booking, response } = await seller.client.bookings.create({ holdId: hold.id, payment: { method: 'partner_collected', reference: 'pay-1' } }).withResponse();
  t.equal(response.status, 201);
  t.ok(booking.id);
  const items = [];
  for await (const b of seller.client.bookings.list({ limit: 1 })) items.push(b);
  t.equal(items.length, 1);
  const cities = await world.client().catalogue.cities.list();
  t.ok(cities.data.some((c) => c.id === city.id));
});
