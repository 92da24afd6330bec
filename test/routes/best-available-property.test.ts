import fc from 'fast-check';
import t from 'tap';
import { chooseSeats } from '../../server/domain/best-available/choose.ts';
import { BEST_AVAILABLE_DEFAULT_ROW_DEPTH, type LayoutSeat } from '../../server/domain/best-available/seats.ts';
import { buildTestApp } from '../helpers/app.ts';
import { catalogueFixture } from '../helpers/catalogue-fixture.ts';
import { onboardPartner } from '../helpers/partners.ts';
import { answer, typedClient, type Schema } from '../helpers/typed-client.ts';

/**
 * The same property through HTTP, fewer runs: a random layout (rows with gaps, two categories) is
 * created by a theatre partner, random seats are blocked through the partner API, and a
 * best-available hold must hold exactly the selection the chooser makes from that layout and
 * those sales (or, when it makes none, answer 409 `best_available_unavailable`). This proves the
 * free-seat read, the layout positions and the lock-and-hold path agree with the pure rules.
 */

const RUNS = 30;
type Category = Schema<'SeatLayoutIn'>['rows'][number]['seats'][number]['category'];

const { app, adminKey } = await buildTestApp(t);
const fixture = catalogueFixture(app, adminKey);
const city = await fixture.city({ name: 'Property City' });
const movie = await fixture.movie({ title: 'Random Rows', durationMinutes: 100 });
const owner = await onboardPartner(app, adminKey, { name: 'Property Cinemas' });
const aggregator = await onboardPartner(app, adminKey, { name: 'PropertyTickets', kind: 'aggregator' });

const asOwner = typedClient(app, owner.headers);
const seller = typedClient(app, aggregator.headers);
/** Awaits a call that must succeed, and answers its body. */
async function succeeded(what: string, pending: Promise<{ response: Response }>) {
  const response = await answer(pending);
  if (response.statusCode >= 300) throw new Error(`${what} answered ${response.statusCode}: ${response.body}`);
  return response.json();
}
const theatre = await succeeded('POST /v1/partner/theatres', asOwner.POST('/v1/partner/theatres', { body: { externalRef: 'p1', name: 'Property One', cityId: city.id, address: '1 Random Road', status: 'live' } }));

const cell = fc.record({ present: fc.constantFrom(true, true, true, false), premium: fc.constantFrom(false, false, false, true), blocked: fc.constantFrom(false, false, true) });
const scenario = fc.record({
  rows: fc.array(fc.array(cell, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 4 }),
  quantity: fc.integer({ min: 1, max: 4 }),
  premium: fc.constantFrom(false, false, true),
});

let made = 0;

t.test('a best-available hold through HTTP holds exactly what the chooser picks from the same layout and sales', async (t) => {
  let held = 0;
  let refused = 0;
  await fc.assert(
    fc.asyncProperty(scenario, async ({ rows, quantity, premium }) => {
      const layout: LayoutSeat[] = [];
      const blocked: string[] = [];
      const rowsIn: Schema<'SeatLayoutIn'>['rows'] = rows.flatMap((cells, y) => {
        const rowLabel = String.fromCharCode(65 + y);
        const seats = cells.flatMap((cellAt, x) => {
          if (!cellAt.present) return [];
          const number = x + 1;
          const category: Category = cellAt.premium ? 'premium' : 'standard';
          layout.push({ seatId: `${rowLabel}${number}`, label: `${rowLabel}${number}`, rowLabel, category, x, y, wheelchair: false, companion: false });
          if (cellAt.blocked) blocked.push(`${rowLabel}${number}`);
          return [{ number, category, x }];
        });
        return seats.length > 0 ? [{ label: rowLabel, y, seats }] : [];
      });
      if (rowsIn.length === 0) return true;
      const category = premium ? 'premium' : 'standard';
      const categories = [...new Set(layout.map((seat) => seat.category))];
      if (!categories.includes(category)) return true;

      made += 1;
      const screen = await succeeded('POST …/screens', asOwner.POST('/v1/partner/theatres/{theatreId}/screens', { params: { path: { theatreId: theatre.id } }, body: { externalRef: `s-${made}`, name: `Screen ${made}` } }));
      await succeeded('POST …/layouts', asOwner.POST('/v1/partner/screens/{screenId}/layouts', { params: { path: { screenId: screen.id } }, body: { rows: rowsIn } }));
      const showtime = await succeeded('POST …/showtimes', asOwner.POST('/v1/partner/theatres/{theatreId}/showtimes', {
        params: { path: { theatreId: theatre.id } },
        body: {
          externalRef: `p-${made}`, screenId: screen.id, movieId: movie.id, language: 'en', format: '2D',
          startsAt: new Date(Date.parse('2030-08-01T04:00:00Z') + made * 86_400_000).toISOString(),
          prices: categories.map((name) => ({ category: name as Category, price: { amount: 25_000, currency: 'INR' } })),
        },
      }));
      if (blocked.length > 0) {
        await succeeded('POST …/seats/block', asOwner.POST('/v1/partner/showtimes/{showtimeId}/seats/block', { params: { path: { showtimeId: showtime.id } }, body: { seats: blocked } }));
      }

      const free = new Set(layout.filter((seat) => !blocked.includes(seat.label)).map((seat) => seat.seatId));
      const expected = chooseSeats(layout, free, { category, quantity, wheelchair: 0, preferredRowDepth: BEST_AVAILABLE_DEFAULT_ROW_DEPTH })[0];
      const response = await answer(seller.POST('/v1/holds', { body: { showtimeId: showtime.id, customerRef: `c-${made}`, bestAvailable: { category, quantity } } }));
      if (!expected) {
        refused += 1;
        return response.statusCode === 409 && response.json().code === 'best_available_unavailable';
      }
      held += 1;
      const labels = response.statusCode === 201 ? response.json().seats.map((seat: { label: string }) => seat.label) : response.body;
      t.same(labels, expected.seats.map((seat) => seat.label), `layout ${JSON.stringify(rowsIn)}, blocked ${blocked.join(' ')}, ${quantity} ${category}`);
      return response.statusCode === 201;
    }),
    { numRuns: RUNS },
  );
  t.ok(held > 5 && refused > 0, `both outcomes reached (${held} held, ${refused} refused)`);
});
