import { sql, TransactionRollbackError } from 'drizzle-orm';
import { buildApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { createDatabase, type Db } from '../../server/db/client.ts';
import { createTestDatabase } from '../helpers/database.ts';
import { listenOnLoopback } from './http.ts';
import { buildScheduleWorld, type ScheduleWorld } from './schedule-sync-world.ts';

/** Targets from the issue, on this machine. */
const TARGETS = { firstSyncMs: 5000, resyncMs: 500 };

/**
 * Every table a sync may write. A write is counted from the rows themselves: a row inserted or
 * updated since the mark carries a newer `xmin`, and a row count that moved shows a delete, so
 * no hidden write escapes (row locks change neither).
 */
const DOMAIN_TABLES = [
  'theatres', 'screens', 'seat_layouts', 'layout_seats', 'showtimes', 'showtime_prices', 'seat_inventory',
  'bookings', 'booked_seats', 'payments', 'refunds', 'holds',
] as const;
const TRACKED = [...DOMAIN_TABLES, 'events', 'audit_log'] as const;
type Table = (typeof TRACKED)[number];
type Snapshot = { xid: bigint; counts: Record<Table, number> };

async function snapshot(db: Db): Promise<Snapshot> {
  const [mark] = await db.execute<{ xid: string }>(sql`select (txid_current() % 4294967296)::text as xid`);
  const counts = {} as Record<Table, number>;
  for (const table of TRACKED) {
    const [row] = await db.execute<{ n: number }>(sql`select count(*)::int as n from ${sql.identifier(table)}`);
    counts[table] = row!.n;
  }
  return { xid: BigInt(mark!.xid), counts };
}

/** Row versions written since the snapshot, and rows deleted, per table. */
async function writesSince(db: Db, before: Snapshot) {
  const written = {} as Record<Table, number>;
  const deleted = {} as Record<Table, number>;
  for (const table of TRACKED) {
    const [row] = await db.execute<{ written: number; total: number }>(sql`
      select count(*) filter (where xmin::text::bigint > ${before.xid.toString()}::bigint)::int as written, count(*)::int as total
      from ${sql.identifier(table)}`);
    written[table] = row!.written;
    // Updates keep the count; inserts raise it by what they wrote; what is missing beyond that was deleted.
    deleted[table] = Math.max(0, before.counts[table] - row!.total);
  }
  const sum = (tables: readonly Table[], of: Record<Table, number>) => tables.reduce((total, table) => total + of[table], 0);
  return {
    domainRows: sum(DOMAIN_TABLES, written) + sum(DOMAIN_TABLES, deleted),
    events: written.events,
    audit: written.audit_log,
    showtimesWritten: written.showtimes,
    detail: Object.fromEntries(TRACKED.filter((table) => written[table] + deleted[table] > 0).map((table) => [table, deleted[table] > 0 ? `${written[table]} (+${deleted[table]} deleted)` : written[table]])),
  };
}

interface Phase {
  name: string;
  ms: number;
  status: number;
  counts: unknown;
  writes: Awaited<ReturnType<typeof writesSince>>;
}

/**
 * The floor under a first sync: the same 250,000 seat rows written by one raw `insert … select`,
 * foreign-key checks and all (in a transaction rolled back, after the sync's rows are deleted in it).
 */
async function rawInventoryInsertMs(db: Db, theatreId: string): Promise<number> {
  let ms = 0;
  await db.transaction(async (tx) => {
    await tx.execute(sql`delete from seat_inventory where showtime_id in (select id from showtimes where theatre_id = ${theatreId})`);
    const started = performance.now();
    await tx.execute(sql`
      insert into seat_inventory (showtime_id, seat_id, state)
      select s.id, ls.id, 'available' from showtimes s join layout_seats ls on ls.layout_id = s.layout_id where s.theatre_id = ${theatreId}`);
    ms = performance.now() - started;
    tx.rollback();
  }).catch((error: unknown) => {
    if (!(error instanceof TransactionRollbackError)) throw error;
  });
  return ms;
}

async function syncOnce(baseUrl: string, db: Db, world: ScheduleWorld, name: string, document: object): Promise<Phase> {
  const before = await snapshot(db);
  const body = JSON.stringify(document);
  const started = performance.now();
  const response = await fetch(`${baseUrl}/v1/partner/theatres/${world.theatreId}/schedule`, {
    method: 'PUT',
    headers: { ...world.headers, 'content-type': 'application/json' },
    body,
  });
  const answer = (await response.json()) as { showtimes?: { counts: unknown } };
  const ms = performance.now() - started;
  return { name, ms, status: response.status, counts: answer.showtimes?.counts ?? answer, writes: await writesSince(db, before) };
}

export async function benchScheduleSync(): Promise<{ passed: boolean }> {
  const database = await createTestDatabase();
  const fixtures = createDatabase(database.url, { max: 2 });
  const adminKey = `mq_admin_bench_${'x'.repeat(32)}`;
  try {
    const config = loadConfig({ LOG_LEVEL: 'error', DATABASE_URL: database.url, ADMIN_API_KEY: adminKey, JOBS_ENABLED: 'false', WEBHOOKS_ENABLED: 'false' });
    const app = await buildApp({ ...config, databaseUrl: database.url });
    const baseUrl = await listenOnLoopback(app);
    const world = await buildScheduleWorld(app, fixtures.db, adminKey);
    const document = world.document;
    console.log('\n## Schedule sync: one theatre, one call');
    console.log(`document: ${document.screens.length} screens × 250 seats, ${document.showtimes.length} showtimes, ${(JSON.stringify(document).length / 1024).toFixed(0)} KiB`);

    // A small sync of another theatre first, so the first measured call does not pay for warming up.
    const small = { ...document, screens: document.screens.slice(0, 1), showtimes: document.showtimes.filter((showtime) => showtime.screenExternalRef === 'audi-0').slice(0, 5) };
    await syncOnce(baseUrl, fixtures.db, { ...world, theatreId: world.warmUpTheatreId }, 'warm-up', small);

    const first = await syncOnce(baseUrl, fixtures.db, world, 'first sync', document);
    const unchanged = await syncOnce(baseUrl, fixtures.db, world, 'unchanged re-sync', document);
    // The last show of the first day on screen 0 moves 30 minutes later: nothing follows it that night.
    const moved = structuredClone(document);
    const last = moved.showtimes.find((showtime) => showtime.externalRef === 's0-2030-01-01-2200')!;
    last.startsAtLocal = '2030-01-01T22:30';
    const oneMoved = await syncOnce(baseUrl, fixtures.db, world, 'one showtime moved', moved);

    console.log('| run | ms | status | showtimes | domain rows written | events | audit | rows by table |');
    console.log('| --- | ---: | ---: | --- | ---: | ---: | ---: | --- |');
    for (const phase of [first, unchanged, oneMoved]) {
      console.log(`| ${phase.name} | ${phase.ms.toFixed(0)} | ${phase.status} | ${JSON.stringify(phase.counts)} | ${phase.writes.domainRows} | ${phase.writes.events} | ${phase.writes.audit} | ${JSON.stringify(phase.writes.detail)} |`);
    }
    const checks = [
      [`first sync < ${TARGETS.firstSyncMs} ms with 1,000 showtimes created`, first.status === 200 && first.ms < TARGETS.firstSyncMs && first.writes.showtimesWritten === 1000 && first.writes.events === 1000],
      [`unchanged re-sync < ${TARGETS.resyncMs} ms, 0 domain rows, 0 events`, unchanged.status === 200 && unchanged.ms < TARGETS.resyncMs && unchanged.writes.domainRows === 0 && unchanged.writes.events === 0 && unchanged.writes.audit === 0],
      [`one-change re-sync < ${TARGETS.resyncMs} ms, exactly 1 update and 1 event`, oneMoved.status === 200 && oneMoved.ms < TARGETS.resyncMs && oneMoved.writes.domainRows === 1 && oneMoved.writes.showtimesWritten === 1 && oneMoved.writes.events === 1],
    ] as const;
    const floorMs = await rawInventoryInsertMs(fixtures.db, world.theatreId);
    console.log(`baseline: the first sync's 250,000 seat rows in one raw insert … select: ${floorMs.toFixed(0)} ms; first sync / baseline: ${(first.ms / floorMs).toFixed(2)}`);
    for (const [label, ok] of checks) console.log(`${ok ? 'met' : 'MISSED'}: ${label}`);

    await app.close();
    return { passed: checks.every(([, ok]) => ok) };
  } finally {
    await fixtures.close();
    await database.drop();
  }
}
