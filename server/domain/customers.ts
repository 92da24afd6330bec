import { and, eq } from 'drizzle-orm';
import type { DbExecutor } from '../db/client.ts';
import { newId } from '../db/ids.ts';
import { customers } from '../db/schema/booking.ts';

/**
 * Customers are known by who vouches for them: an aggregator and its own customer reference, or
 * (with customer sign-in) an OIDC issuer and subject. Marquee keeps nothing else about them.
 */

/**
 * The aggregator's customer with this reference, created on first use. Race-safe: two requests
 * naming a new customer at once insert one row (ON CONFLICT on the unique pair); the loser's
 * insert waits for the winner and then reads its row.
 */
export async function aggregatorCustomerId(db: DbExecutor, aggregatorPartnerId: string, externalRef: string): Promise<string> {
  const [inserted] = await db
    .insert(customers)
    .values({ id: newId('cus'), kind: 'aggregator', aggregatorPartnerId, externalRef })
    .onConflictDoNothing({ target: [customers.aggregatorPartnerId, customers.externalRef] })
    .returning({ id: customers.id });
  if (inserted) return inserted.id;
  const [existing] = await db
    .select({ id: customers.id })
    .from(customers)
    .where(and(eq(customers.aggregatorPartnerId, aggregatorPartnerId), eq(customers.externalRef, externalRef)));
  if (!existing) throw new Error(`customer '${externalRef}' of ${aggregatorPartnerId} neither inserted nor found`);
  return existing.id;
}
