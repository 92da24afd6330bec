import { and, eq } from 'drizzle-orm';
import type { DbExecutor } from '../db/client.ts';
import { newId } from '../db/ids.ts';
import { customers } from '../db/schema/booking.ts';

/**
 * Customers are known by who vouches for them: an aggregator and its own customer reference, or
 * (with customer sign-in) an OIDC issuer and subject. Marquee keeps nothing else about them.
 */

/**
 * The signed-in customer with this issuer and subject, created on first sight. Looked up first (the
 * usual case, one read); a new customer is inserted race-safely like an aggregator's.
 */
export async function oidcCustomerId(db: DbExecutor, oidcIssuer: string, oidcSubject: string): Promise<string> {
  const find = () =>
    db
      .select({ id: customers.id })
      .from(customers)
      .where(and(eq(customers.oidcIssuer, oidcIssuer), eq(customers.oidcSubject, oidcSubject)))
      .then((rows) => rows[0]?.id);
  const existing = await find();
  if (existing) return existing;
  const [inserted] = await db
    .insert(customers)
    .values({ id: newId('cus'), kind: 'oidc', oidcIssuer, oidcSubject })
    .onConflictDoNothing({ target: [customers.oidcIssuer, customers.oidcSubject] })
    .returning({ id: customers.id });
  const id = inserted?.id ?? (await find());
  if (!id) throw new Error(`customer ${oidcSubject} of ${oidcIssuer} neither inserted nor found`);
  return id;
}
