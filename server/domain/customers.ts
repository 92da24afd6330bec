import type { DbExecutor } from '../db/client.ts';
import { newId } from '../db/ids.ts';
import { findOidcCustomer, insertOidcCustomer } from '../db/queries/customers.ts';

/**
 * Customers are known by who vouches for them: an aggregator and its own customer reference, or
 * (with customer sign-in) an OIDC issuer and subject. Marquee keeps nothing else about them.
 */

/**
 * The signed-in customer with this issuer and subject, created on first sight. Looked up first (the
 * usual case, one read); a new customer is inserted race-safely like an aggregator's.
 */
export async function oidcCustomerId(db: DbExecutor, oidcIssuer: string, oidcSubject: string): Promise<string> {
  const existing = await findOidcCustomer(db, oidcIssuer, oidcSubject);
  if (existing) return existing;
  const inserted = await insertOidcCustomer(db, { id: newId('cus'), oidcIssuer, oidcSubject });
  const id = inserted ?? (await findOidcCustomer(db, oidcIssuer, oidcSubject));
  if (!id) throw new Error(`customer ${oidcSubject} of ${oidcIssuer} neither inserted nor found`);
  return id;
}
