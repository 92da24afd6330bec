import t from 'tap';
import { loadDemoData } from '../../server/domain/demo-data.ts';
import { localDateOf } from '../../server/domain/local-time.ts';
import { buildTestApp } from '../helpers/app.ts';
import { answer, typedClient } from '../helpers/typed-client.ts';

/**
 * The demo world is made through the domain functions the API uses; what a partner or a customer
 * can see of it is checked through the API.
 */
const { app, adminKey, db } = await buildTestApp(t);
const now = new Date();
const started = performance.now();
const first = await loadDemoData(db, { now });
const loadMs = Math.round(performance.now() - started);

const chain = first.partners.find((partner) => partner.kind === 'theatre')!;
const issued = await answer(typedClient(app, { authorization: `Bearer ${adminKey}` })
  .POST('/v1/admin/partners/{partnerId}/keys', { params: { path: { partnerId: chain.id } }, body: { name: 'demo data test', scopes: ['read'] } }));
if (issued.statusCode !== 201) throw new Error(`issuing a key answered ${issued.statusCode}: ${issued.body}`);
/** The theatre chain's client, and the public one (no credentials). */
const asChain = typedClient(app, { authorization: `Bearer ${issued.json().secret}` });
const asPublic = typedClient(app);

interface Page<T> {
  data: T[];
  nextCursor: string | null;
}
type PageQuery = { limit: number; cursor?: string };

/** Every item of a paginated list: `fetchPage` makes the typed call for one page's query. */
async function readAll<T>(url: string, fetchPage: (query: PageQuery) => Promise<{ response: Response }>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const response = await answer(fetchPage({ limit: 100, ...(cursor ? { cursor } : {}) }));
    if (response.statusCode !== 200) throw new Error(`${url} answered ${response.statusCode}: ${response.body}`);
    const page = response.json() as Page<T>;
    items.push(...page.data);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

interface Theatre {
  id: string;
  cityId: string;
  status: string;
  timeZone: string;
  cleaningBufferMinutes: number;
}
interface Showtime {
  id: string;
  screenId: string;
  layoutId: string;
  startsAt: string;
  startsAtLocal: string;
  endsAt: string;
  localDate: string;
}

const readTheatres = () => readAll<Theatre>('/v1/partner/theatres', (query) => asChain.GET('/v1/partner/theatres', { params: { query } }));
const theatres = await readTheatres();
const live = theatres.filter((theatre) => theatre.status === 'live');
const showtimesOf = new Map<string, Showtime[]>();
for (const theatre of theatres) {
  showtimesOf.set(theatre.id, await readAll<Showtime>(`/v1/partner/theatres/${theatre.id}/showtimes`,
    (query) => asChain.GET('/v1/partner/theatres/{theatreId}/showtimes', { params: { path: { theatreId: theatre.id }, query } })));
}

// Assertions only in subtests: tap ends the file's test once top-level assertions go idle.
t.test('an empty database gets a theatre chain and an aggregator, quickly', async (t) => {
  t.ok(first.loaded);
  t.same(first.partners.map((partner) => partner.kind).sort(), ['aggregator', 'theatre']);
  t.equal(live.length, 2, 'two live theatres');
  t.equal(theatres.length - live.length, 1, 'and one still in draft');
  t.ok(loadMs < 10_000, `loaded in ${loadMs} ms`);
});

t.test('the public catalogue lists at least four cities in at least two time zones', async (t) => {
  const cities = await readAll<{ id: string; timeZone: string }>('/v1/cities', (query) => asPublic.GET('/v1/cities', { params: { query } }));
  t.ok(cities.length >= 4, `${cities.length} cities`);
  t.ok(new Set(cities.map((city) => city.timeZone)).size >= 2, 'in two zones or more');
});

t.test("a live theatre's city shows movies today, in the afternoon too", async (t) => {
  for (const theatre of live) {
    const today = localDateOf(now, theatre.timeZone);
    const movies = await readAll<{ id: string }>(`/v1/cities/${theatre.cityId}/movies?date=${today}`,
      (query) => asPublic.GET('/v1/cities/{cityId}/movies', { params: { path: { cityId: theatre.cityId }, query: { ...query, date: today } } }));
    t.ok(movies.length > 0, `${movies.length} movies today in the city of ${theatre.id}`);
    const showtimes = showtimesOf.get(theatre.id)!;
    t.same([...new Set(showtimes.map((showtime) => showtime.localDate))].sort()[0], today, 'the week starts today');
    t.equal(new Set(showtimes.map((showtime) => showtime.localDate)).size, 7, 'and lasts seven days');
    const afternoon = showtimes.filter((showtime) => {
      const hour = Number(showtime.startsAtLocal.slice(11, 13));
      return hour >= 12 && hour < 17;
    });
    t.ok(afternoon.length > 0, `${afternoon.length} afternoon showtimes`);
  }
});

t.test("a theatre's showtimes never overlap on a screen, cleaning included", async (t) => {
  for (const theatre of theatres) {
    const byScreen = new Map<string, Showtime[]>();
    for (const showtime of showtimesOf.get(theatre.id)!) byScreen.set(showtime.screenId, [...(byScreen.get(showtime.screenId) ?? []), showtime]);
    for (const [screenId, showtimes] of byScreen) {
      const ordered = showtimes.toSorted((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
      const clashes = ordered.slice(1).filter((showtime, index) => Date.parse(showtime.startsAt) < Date.parse(ordered[index]!.endsAt));
      t.same(clashes.map((showtime) => showtime.id), [], `no overlaps on ${screenId} (${ordered.length} showtimes)`);
    }
  }
  t.equal([...showtimesOf.values()].flat().length, 175, 'a week of five shows a day on five screens');
});

t.test('every showtime has inventory for every seat of its layout', async (t) => {
  const layoutSeats = new Map<string, string[]>();
  for (const theatre of live) {
    const screens = await readAll<{ id: string }>(`/v1/partner/theatres/${theatre.id}/screens`,
      (query) => asChain.GET('/v1/partner/theatres/{theatreId}/screens', { params: { path: { theatreId: theatre.id }, query } }));
    for (const screen of screens) {
      const layouts = await readAll<{ id: string; version: number }>(`/v1/partner/screens/${screen.id}/layouts`,
        (query) => asChain.GET('/v1/partner/screens/{screenId}/layouts', { params: { path: { screenId: screen.id }, query } }));
      for (const summary of layouts) {
        const layout = (await answer(asChain.GET('/v1/partner/screens/{screenId}/layouts/{layoutVersion}', { params: { path: { screenId: screen.id, layoutVersion: summary.version } } }))).json();
        const labels = layout.rows.flatMap((row: { seats: { label: string }[] }) => row.seats.map((seat) => seat.label));
        t.ok(labels.length >= 150 && labels.length <= 300, `${labels.length} seats on screen ${screen.id}`);
        layoutSeats.set(layout.id, labels.sort());
      }
    }
  }
  let mismatched = 0;
  for (const showtime of [...showtimesOf.values()].flat()) {
    const inventory = (await answer(asChain.GET('/v1/partner/showtimes/{showtimeId}/seats', { params: { path: { showtimeId: showtime.id } } }))).json();
    const labels = inventory.seats.map((seat: { label: string }) => seat.label).sort();
    if (JSON.stringify(labels) !== JSON.stringify(layoutSeats.get(showtime.layoutId)) || inventory.counts.available !== labels.length) mismatched++;
  }
  t.equal(mismatched, 0, 'each showtime: one available seat per layout seat');
});

t.test('a second load finds the data there and writes nothing', async (t) => {
  const again = await loadDemoData(db, { now });
  t.equal(again.loaded, false);
  t.same(again.partners.toSorted((a, b) => a.id.localeCompare(b.id)), first.partners.toSorted((a, b) => a.id.localeCompare(b.id)), 'the same partners');
  t.equal((await readTheatres()).length, theatres.length, 'no theatre added');
});
