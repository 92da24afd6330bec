import { and, eq } from 'drizzle-orm';
import type { DbExecutor } from '../client.ts';
import { customers } from '../schema/booking.ts';

/** The signed-in customer with this OIDC issuer and subject, if Marquee has seen them. */
export function findOidcCustomer(db: DbExecutor, oidcIssuer: string, oidcSubject: string): Promise<string | undefined> {
  return db
    .select({ id: customers.id })
    .from(customers)
    .where(and(eq(customers.oidcIssuer, oidcIssuer), eq(customers.oidcSubject, oidcSubject)))
    .then((rows) => rows[0]?.id);
}

/** Inserts the customer unless a concurrent request did first; undefined then. */
export function insertOidcCustomer(db: DbExecutor, values: { id: string; oidcIssuer: string; oidcSubject: string }): Promise<string | undefined> {
  return db
    .insert(customers)
    .values({ ...values, kind: 'oidc' })
    .onConflictDoNothing({ target: [customers.oidcIssuer, customers.oidcSubject] })
    .returning({ id: customers.id })
    .then((rows) => rows[0]?.id);
}
