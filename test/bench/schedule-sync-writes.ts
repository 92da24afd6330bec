import { sql, TransactionRollbackError } from 'drizzle-orm';
import type { Db } from '../../server/db/client.ts';

/**
 * Every table a sync may write. A write is counted from the rows themselves: a row inserted or
 * updated since the mark carries a newer `xmin`, and a row count that moved shows a delete, so
 * no hidden write escapes (row locks change neither). The relay's feed position on a new event
 * updates that same row, so it never counts twice; the outbox is drained before each mark.
 */
const DOMAIN_TABLES = [
  'theatres', 'screens', 'seat_layouts', 'layout_seats', 'showtimes', 'showtime_prices', 'seat_inventory',
  'bookings', 'booked_seats', 'payments', 'refunds', 'holds',
] as const;
const TRACKED = [...DOMAIN_TABLES, 'events', 'audit_log'] as const;
type Table = (typeof TRACKED)[number];
export type WriteMark = { xid: bigint; counts: Record<Table, number> };

export async function markWrites(db: Db): Promise<WriteMark> {
  const [mark] = await db.execute<{ xid: string }>(sql`select (txid_current() % 4294967296)::text as xid`);
  const counts = {} as Record<Table, number>;
  for (const table of TRACKED) {
    const [row] = await db.execute<{ n: number }>(sql`select count(*)::int as n from ${sql.identifier(table)}`);
    counts[table] = row!.n;
  }
  return { xid: BigInt(mark!.xid), counts };
}

export type Writes = Awaited<ReturnType<typeof writesSince>>;

/** Row versions written since the mark, and rows deleted, per table. */
export async function writesSince(db: Db, before: WriteMark) {
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

/**
 * The floor under a first sync: the same 250,000 seat rows written by one raw `insert … select`,
 * foreign-key checks and all (in a transaction rolled back, after the sync's rows are deleted in it).
 */
export async function rawInventoryInsertMs(db: Db, theatreId: string): Promise<number> {
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
