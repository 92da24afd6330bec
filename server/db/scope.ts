/**
 * Whose rows a query may touch. Every query on partner-owned rows takes one of these as a required
 * argument and filters by it in its own SQL statement: another tenant's row does not exist for it.
 *
 * The types are branded, so a scope cannot be written as an object literal from an id a request
 * carried: partner and customer scopes are minted from the authenticated principal
 * (`server/domain/principal.ts`), and the one scope that spans tenants, `AllTenants`, names
 * who uses it (the platform admin or a background job) instead of being an omitted argument.
 */
declare const tenantScope: unique symbol;
type Branded<T extends { kind: string }> = Readonly<T> & { readonly [tenantScope]: T['kind'] };

/** A partner's own rows: a theatre partner's theatres and everything in them, or an aggregator's sales. */
export type PartnerScope = Branded<{ kind: 'partner'; partnerId: string; partnerKind: 'theatre' | 'aggregator' }>;
export type AggregatorScope = PartnerScope & { readonly partnerKind: 'aggregator' };
export type TheatrePartnerScope = PartnerScope & { readonly partnerKind: 'theatre' };

/** A signed-in end customer's own (direct) holds and bookings. */
export type CustomerScope = Branded<{ kind: 'customer'; customerId: string }>;

/** Who sells a hold or a booking: an aggregator for its customers, or a customer for itself. */
export type SellerScope = AggregatorScope | CustomerScope;

/** Who may read a booking: its seller, the customer it is for (direct), or the theatre partner whose theatre it is at. */
export type BookingReaderScope = PartnerScope | CustomerScope;

/** Every tenant's rows, for the platform admin and background jobs (hold sweep, webhook relay and delivery). */
export type AllTenants = Branded<{ kind: 'all-tenants'; actor: 'admin' | 'job' }>;

/** The scope of a background job acting for the platform across tenants. */
export const jobAcrossTenants = { kind: 'all-tenants', actor: 'job' } as AllTenants;
