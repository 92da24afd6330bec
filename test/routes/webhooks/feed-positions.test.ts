import { sql } from 'drizzle-orm';
import t from 'tap';
import { buildTestApp } from '../../helpers/app.ts';
import { catalogueFixture } from '../../helpers/catalogue-fixture.ts';
import { onboardPartner } from '../../helpers/partners.ts';
import { answer, typedClient } from '../../helpers/typed-client.ts';

/**
 * Feed positions leak no volume: two theatre partners' events are interleaved in one global
 * sequence, and partner A's positions say nothing of how many B had in between (no number
 * inside, no gaps to count), open only for A, and still resume A's feed in commit order.
 */
const { app, adminKey, db } = await buildTestApp(t);
const fixture = catalogueFixture(app, adminKey);
const city = await fixture.city({ name: 'Sealed City' });
const movie = await fixture.movie({ title: 'Sealed', durationMinutes: 90 });
const a = await onboardPartner(app, adminKey, { name: 'A Cinemas' });
const b = await onboardPartner(app, adminKey, { name: 'B Cinemas' });
const aggregators = [await onboardPartner(app, adminKey, { name: 'X Tickets', kind: 'aggregator' }), await onboardPartner(app, adminKey, { name: 'Y Tickets', kind: 'aggregator' })];

// The relay is not part of this test: positions are handed out here the way it does, in write order.
const assignPositions = () => db.execute(sql`
  update events set sequence = s.position
  from (select id, nextval('event_sequence') as position from events where sequence is null order by created_at, id) s
  where events.id = s.id`);

type FeedPage = { data: { id: string; type: string; position: string }[]; nextCursor: string | null };
const feed = (headers: Record<string, string>, query: { after?: string; limit?: number } = {}) =>
  answer(typedClient(app, headers).GET('/v1/events', { params: { query } }));
async function page(headers: Record<string, string>, query: { after?: string; limit?: number } = {}): Promise<FeedPage> {
  const response = await feed(headers, query);
  if (response.statusCode !== 200) throw new Error(`feed answered ${response.statusCode}: ${response.body}`);
  return response.json();
}

/** A live theatre with one screen, and a maker of showtimes on it, one a day (each writes `showtime.created`). */
async function venue(owner: typeof a, name: string) {
  const venues = fixture.venues(owner);
  const theatre = await venues.theatre({ cityId: city.id, name });
  const screen = await venues.screen(theatre.id);
  let day = 0;
  return () => {
    day += 1;
    return venues.showtime({ theatre, screen, movie, startsAt: new Date(Date.UTC(2031, 0, day, 10)) });
  };
}
const showOfA = await venue(a, 'A Hall');
const showOfB = await venue(b, 'B Hall');
// A's events with 0, 3, 1 and 5 of B's between them.
for (const bInBetween of [0, 3, 1, 5, 0]) {
  await showOfA();
  for (let n = 0; n < bInBetween; n += 1) await showOfB();
}
await assignPositions();

/** The feed sequence of each event, read from the database only to prove positions do not carry it. */
async function sequencesOf(ids: string[]): Promise<Map<string, number>> {
  const rows = await db.execute<{ id: string; sequence: string }>(sql`select id, sequence from events where id in ${ids}`);
  return new Map([...rows].map((row) => [row.id, Number(row.sequence)]));
}

/** Every way a small integer could be written into bytes: decimal text, 2/4/8-byte big and little endian. */
function encodingsOf(value: number): Buffer[] {
  const eight = Buffer.alloc(8);
  eight.writeBigUInt64BE(BigInt(value));
  const encodings = [Buffer.from(String(value)), eight, Buffer.from(eight).reverse()];
  if (value < 2 ** 32) encodings.push(eight.subarray(4), Buffer.from(eight.subarray(4)).reverse());
  if (value < 2 ** 16) encodings.push(eight.subarray(6), Buffer.from(eight.subarray(6)).reverse());
  return encodings;
}

t.test("A's positions reveal nothing of B's events", async (t) => {
  const feedOfA = await page(a.headers);
  t.equal(feedOfA.data.length, 5, "A sees its own five showtimes, none of B's");
  const sequences = await sequencesOf(feedOfA.data.map((event) => event.id));
  const gaps = feedOfA.data.slice(1).map((event, n) => sequences.get(event.id)! - sequences.get(feedOfA.data[n]!.id)!);
  t.same(gaps, [1, 4, 2, 6], "in the global sequence, A's events are apart by B's");

  const positions = feedOfA.data.map((event) => event.position);
  t.equal(new Set(positions).size, positions.length, 'every position differs');
  t.equal(new Set(positions.map((position) => position.length)).size, 1, 'and all have one length, whatever the sequence');
  for (const event of feedOfA.data) {
    const bytes = Buffer.from(event.position, 'base64url');
    t.throws(() => JSON.parse(bytes.toString('utf8')), `${event.position} is no base64 JSON`);
    // A byte or two can match by chance: only encodings of three bytes or more are telling.
    const telling = encodingsOf(sequences.get(event.id)!).filter((encoding) => encoding.length >= 3);
    t.notOk(telling.some((encoding) => bytes.includes(encoding)), `${event.position} holds no encoding of its sequence ${sequences.get(event.id)}`);
  }
  t.same((await page(a.headers)).data.map((event) => event.position), positions, 'the same event keeps its position on every read');
});

t.test('resuming from each position gives exactly the events after it, in order', async (t) => {
  const all = (await page(a.headers)).data;
  for (const [n, event] of all.entries()) {
    const after = await page(a.headers, { after: event.position });
    t.same(after.data.map((later) => later.id), all.slice(n + 1).map((later) => later.id), `after event ${n + 1}`);
    t.equal(after.nextCursor, null);
  }
  // Page by page with nextCursor (itself a position) gives the same.
  const paged: string[] = [];
  let after: string | undefined;
  do {
    const next = await page(a.headers, { limit: 2, ...(after ? { after } : {}) });
    paged.push(...next.data.map((event) => event.id));
    if (next.nextCursor !== null) t.equal(next.nextCursor, next.data.at(-1)!.position, 'nextCursor is the last position');
    after = next.nextCursor ?? undefined;
  } while (after);
  t.same(paged, all.map((event) => event.id));

  // A new event of A's, after more of B's, follows the last position kept.
  await showOfB();
  await showOfA();
  await showOfB();
  await assignPositions();
  const newer = await page(a.headers, { after: all.at(-1)!.position });
  t.same(newer.data.map((event) => event.type), ['showtime.created'], "only A's new event");
});

t.test("a position opens only for the partner it was given to, and only unaltered", async (t) => {
  const ofA = (await page(a.headers)).data[0]!.position;
  const refused = async (who: string, headers: Record<string, string>, after: string) => {
    const response = await feed(headers, { after });
    t.equal(response.statusCode, 400, who);
    t.match(response.json(), { code: 'validation_failed', errors: [{ code: 'invalid_cursor' }] }, who);
  };
  await refused("B presenting A's position", b.headers, ofA);
  await refused("an aggregator presenting A's position", aggregators[0]!.headers, ofA);

  const bytes = Buffer.from(ofA, 'base64url');
  for (const at of [0, 1, 14, bytes.length - 1]) {
    const altered = Buffer.from(bytes);
    altered[at]! ^= 0x01;
    await refused(`A's position with byte ${at} altered`, a.headers, altered.toString('base64url'));
  }
  await refused("A's position cut short", a.headers, bytes.subarray(0, -1).toString('base64url'));
  await refused('a position in the old form, a base64 sequence number', a.headers, Buffer.from('[1]').toString('base64url'));
  t.equal((await feed(a.headers, { after: ofA })).statusCode, 200, 'A itself reads on from it');

  // Two aggregators see the same public events, each under positions of its own.
  const [x, y] = await Promise.all(aggregators.map((aggregator) => page(aggregator.headers)));
  t.ok(x!.data.length > 0, 'public events are in both feeds');
  t.same(x!.data.map((event) => event.id), y!.data.map((event) => event.id), 'the same events');
  t.notOk(x!.data.some((event, n) => event.position === y!.data[n]!.position), 'under different positions');
  await refused("Y presenting X's position", aggregators[1]!.headers, x!.data[0]!.position);
});
