import t from 'tap';
import postgres from 'postgres';
import { newId } from '../../server/db/ids.ts';
import { createTestDatabase } from '../helpers/database.ts';

// The database, not only the app, must keep the invariants: each case below writes the wrong
// state with raw SQL and expects the named constraint to refuse it, next to a control write
// that is allowed, so a missing or over-eager constraint fails the test.

const testDb = await createTestDatabase(t);
const sql = postgres(testDb.url, { max: 2, onnotice: () => {} });
t.teardown(() => sql.end());

const ids = {
  city: newId('cty'),
  partner: newId('ptn'),
  otherPartner: newId('ptn'),
  theatre: newId('thr'),
  screen: newId('scr'),
  otherScreen: newId('scr'),
  layout: newId('lay'),
  seatA: newId('seat'),
  seatB: newId('seat'),
  movie: newId('mov'),
  showtime: newId('shw'),
  customer: newId('cus'),
};

await sql`INSERT INTO cities (id, name, country, time_zone)
  VALUES (${ids.city}, 'Mumbai', 'IN', 'Asia/Kolkata')`;
await sql`INSERT INTO partners (id, name, kind) VALUES
  (${ids.partner}, 'Lumière Cinemas', 'theatre'), (${ids.otherPartner}, 'Other Chain', 'theatre')`;
await sql`INSERT INTO theatres (id, partner_id, city_id, external_ref, name, address, time_zone)
  VALUES (${ids.theatre}, ${ids.partner}, ${ids.city}, 'T-1', 'Lumière Bandra', '1 Hill Rd',
    'Asia/Kolkata')`;
await sql`INSERT INTO screens (id, theatre_id, external_ref, name) VALUES
  (${ids.screen}, ${ids.theatre}, 'S-1', 'Screen 1'),
  (${ids.otherScreen}, ${ids.theatre}, 'S-2', 'Screen 2')`;
await sql`INSERT INTO seat_layouts (id, screen_id, layout_version, document, seat_count, categories)
  VALUES (${ids.layout}, ${ids.screen}, 1, '{"rows":[]}', 2, '{standard}')`;
await sql`INSERT INTO layout_seats (id, layout_id, label, row_label, seat_number, category, x, y)
  VALUES (${ids.seatA}, ${ids.layout}, 'A1', 'A', 1, 'standard', 0, 0),
         (${ids.seatB}, ${ids.layout}, 'A2', 'A', 2, 'standard', 1, 0)`;
await sql`INSERT INTO movies (id, title, languages, genres, duration_minutes)
  VALUES (${ids.movie}, 'Test Movie', '{en}', '{drama}', 120)`;
await insertShowtime(ids.showtime, ids.screen, '2030-01-01T10:00:00Z', '2030-01-01T12:30:00Z');
await sql`INSERT INTO seat_inventory (showtime_id, seat_id) VALUES
  (${ids.showtime}, ${ids.seatA}), (${ids.showtime}, ${ids.seatB})`;
await sql`INSERT INTO customers (id, kind, oidc_issuer, oidc_subject)
  VALUES (${ids.customer}, 'oidc', 'https://issuer.test', 'subject-1')`;

function insertShowtime(id: string, screenId: string, startsAt: string, endsAt: string) {
  return sql`INSERT INTO showtimes (id, theatre_id, screen_id, layout_id, movie_id, city_id,
      external_ref, starts_at, ends_at, local_date, language)
    VALUES (${id}, ${ids.theatre}, ${screenId}, ${ids.layout}, ${ids.movie}, ${ids.city}, ${id},
      ${startsAt}, ${endsAt}, ${startsAt.slice(0, 10)}, 'en')`;
}

async function insertBooking(id: string) {
  await sql`INSERT INTO bookings (id, reference, showtime_id, customer_id, total_amount, currency,
      price_breakdown)
    VALUES (${id}, ${`MQ-${id.slice(-6)}`}, ${ids.showtime}, ${ids.customer}, 25000, 'INR', '{}')`;
}

function insertBookedSeat(bookingId: string, seatId: string) {
  return sql`INSERT INTO booked_seats (booking_id, showtime_id, seat_id, label, category,
      base_amount, discount_amount, amount, currency)
    VALUES (${bookingId}, ${ids.showtime}, ${seatId}, 'A1', 'standard', 25000, 0, 25000, 'INR')`;
}

t.test('showtimes on one screen may not overlap unless cancelled', async (t) => {
  const overlapping = newId('shw');
  await t.rejects(
    insertShowtime(overlapping, ids.screen, '2030-01-01T12:00:00Z', '2030-01-01T14:00:00Z'),
    { code: '23P01', constraint_name: 'showtimes_no_overlap' },
  );
  await t.resolves(
    insertShowtime(newId('shw'), ids.otherScreen, '2030-01-01T12:00:00Z', '2030-01-01T14:00:00Z'),
    'the same time on another screen is fine',
  );
  await t.resolves(
    insertShowtime(newId('shw'), ids.screen, '2030-01-01T12:30:00Z', '2030-01-01T14:00:00Z'),
    'a show may start exactly when the previous one ends',
  );

  const cancelled = newId('shw');
  await insertShowtime(cancelled, ids.screen, '2030-01-02T10:00:00Z', '2030-01-02T12:00:00Z');
  await sql`UPDATE showtimes SET status = 'cancelled', cancelled_at = now() WHERE id = ${cancelled}`;
  await t.resolves(
    insertShowtime(newId('shw'), ids.screen, '2030-01-02T11:00:00Z', '2030-01-02T13:00:00Z'),
    'a cancelled showtime frees its slot',
  );
});

t.test('a seat has at most one live booked_seats row per showtime', async (t) => {
  const first = newId('bkg');
  const second = newId('bkg');
  await insertBooking(first);
  await insertBooking(second);
  await insertBookedSeat(first, ids.seatA);
  await t.rejects(insertBookedSeat(second, ids.seatA), {
    code: '23505',
    constraint_name: 'booked_seats_one_live_booking',
  });
  await t.resolves(insertBookedSeat(second, ids.seatB), 'another seat is fine');

  await sql`UPDATE booked_seats SET cancelled_at = now()
    WHERE booking_id = ${first} AND seat_id = ${ids.seatA}`;
  await t.resolves(insertBookedSeat(second, ids.seatA), 'the seat sells again once cancelled');
});

t.test('seat inventory state agrees with its hold and booking references', async (t) => {
  const booking = newId('bkg');
  const hold = newId('hld');
  await insertBooking(booking);
  await sql`INSERT INTO holds (id, showtime_id, customer_id, expires_at, quote, seat_count)
    VALUES (${hold}, ${ids.showtime}, ${ids.customer}, now() + interval '10 minutes', '{}', 1)`;
  const refsCheck = { code: '23514', constraint_name: 'seat_inventory_state_refs_check' };

  await t.rejects(
    sql`UPDATE seat_inventory SET state = 'booked' WHERE seat_id = ${ids.seatA}`,
    refsCheck,
    'booked without a booking',
  );
  await t.rejects(
    sql`UPDATE seat_inventory SET state = 'held', hold_id = ${hold},
      held_until = now() + interval '10 minutes', booking_id = ${booking}
      WHERE seat_id = ${ids.seatA}`,
    refsCheck,
    'held with a booking',
  );
  await t.rejects(
    sql`UPDATE seat_inventory SET state = 'available', booking_id = ${booking}
      WHERE seat_id = ${ids.seatA}`,
    refsCheck,
    'available with a booking',
  );
  await t.resolves(
    sql`UPDATE seat_inventory SET state = 'held', hold_id = ${hold},
      held_until = now() + interval '10 minutes' WHERE seat_id = ${ids.seatA}`,
    'a proper hold',
  );
  await t.resolves(
    sql`UPDATE seat_inventory SET state = 'booked', hold_id = NULL, held_until = NULL,
      booking_id = ${booking} WHERE seat_id = ${ids.seatA}`,
    'a proper booking',
  );
});

t.test('external references are unique per partner', async (t) => {
  const insertTheatre = (partnerId: string) =>
    sql`INSERT INTO theatres (id, partner_id, city_id, external_ref, name, address, time_zone)
      VALUES (${newId('thr')}, ${partnerId}, ${ids.city}, 'T-1', 'Copy', 'Somewhere',
        'Asia/Kolkata')`;
  await t.rejects(insertTheatre(ids.partner), {
    code: '23505',
    constraint_name: 'theatres_partner_external_ref_unique',
  });
  await t.resolves(insertTheatre(ids.otherPartner), 'another partner may use the same ref');
});

t.test('money is non-negative with an upper-case ISO currency', async (t) => {
  const insertPrice = (category: string, amount: number, currency: string) =>
    sql`INSERT INTO showtime_prices (showtime_id, category, amount, currency)
      VALUES (${ids.showtime}, ${category}, ${amount}, ${currency})`;
  await t.rejects(insertPrice('standard', -1, 'INR'), {
    code: '23514',
    constraint_name: 'showtime_prices_amount_check',
  });
  await t.rejects(insertPrice('standard', 25000, 'inr'), {
    code: '23514',
    constraint_name: 'showtime_prices_currency_check',
  });
  await t.resolves(insertPrice('standard', 25000, 'INR'), 'a proper price');
  await t.rejects(
    sql`UPDATE bookings SET total_amount = -100`,
    { code: '23514', constraint_name: 'bookings_total_amount_check' },
  );
});

t.test('layout versions are unique per screen', async (t) => {
  const insertLayout = (screenId: string) =>
    sql`INSERT INTO seat_layouts (id, screen_id, layout_version, document, seat_count, categories)
      VALUES (${newId('lay')}, ${screenId}, 1, '{}', 1, '{standard}')`;
  await t.rejects(insertLayout(ids.screen), {
    code: '23505',
    constraint_name: 'seat_layouts_screen_version_unique',
  });
  await t.resolves(insertLayout(ids.otherScreen), 'version 1 of another screen');
});
