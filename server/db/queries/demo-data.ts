import { inArray, sql } from 'drizzle-orm';
import type { DbExecutor } from '../client.ts';
import { cities } from '../schema/catalogue.ts';
import { partners } from '../schema/partners.ts';

// Several processes may start against one empty database; only one may seed it.
const DEMO_DATA_LOCK_ID = '84998453307732';

/** Held until the transaction ends: a second loader waits here, then finds the data loaded. */
export async function lockDemoData(tx: DbExecutor): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${DEMO_DATA_LOCK_ID}::bigint)`);
}

export async function hasAnyCity(db: DbExecutor): Promise<boolean> {
  const [existing] = await db.select({ id: cities.id }).from(cities).limit(1);
  return existing !== undefined;
}

export function findPartnersNamed(db: DbExecutor, names: string[]) {
  return db
    .select({ id: partners.id, name: partners.name, kind: partners.kind })
    .from(partners)
    .where(inArray(partners.name, names));
}
