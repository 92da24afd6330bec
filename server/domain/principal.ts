import { createHash, timingSafeEqual } from 'node:crypto';
import type postgres from 'postgres';
import type { Db } from '../db/client.ts';
import type { AllTenants, CustomerScope, PartnerScope, SellerScope } from '../db/scope.ts';
import { findKeyForAuthentication, touchKeyLastUsed } from '../db/queries/api-keys.ts';
import { DomainError } from './errors.ts';
import { hashApiKey, lookupPrefixOf } from './api-keys.ts';
import { invalidToken, type CustomerTokenVerifier } from './customer-tokens.ts';
import { oidcCustomerId } from './customers.ts';

/** Who is calling. Routes declare which of these may call them. */
export type Principal =
  | { kind: 'admin' }
  | {
      kind: 'partner';
      partnerId: string;
      partnerKind: 'theatre' | 'aggregator';
      keyId: string;
      scopes: readonly string[];
    }
  /** An end customer signed in with the configured OIDC issuer, known to Marquee as `customerId`. */
  | { kind: 'customer'; issuer: string; subject: string; customerId: string };

export type PrincipalKind = Principal['kind'];
export type PartnerPrincipal = Extract<Principal, { kind: 'partner' }>;
export type CustomerPrincipal = Extract<Principal, { kind: 'customer' }>;

/**
 * The only place tenant scopes are minted: from a principal `authenticate` resolved. Queries take
 * them as required arguments, so a row is reached only through its owner's credentials.
 */
export function partnerScopeOf(principal: PartnerPrincipal): PartnerScope {
  return { kind: 'partner', partnerId: principal.partnerId, partnerKind: principal.partnerKind } as PartnerScope;
}

export function customerScopeOf(principal: CustomerPrincipal): CustomerScope {
  return { kind: 'customer', customerId: principal.customerId } as CustomerScope;
}

/** The seller of a hold or booking; undefined for a caller that cannot sell (a theatre partner, the admin). */
export function sellerScopeOf(principal: Principal): SellerScope | undefined {
  if (principal.kind === 'customer') return customerScopeOf(principal);
  if (principal.kind === 'partner' && principal.partnerKind === 'aggregator') return partnerScopeOf(principal) as SellerScope;
  return undefined;
}

/**
 * The platform itself writing as a partner it just created (the demo data), with no key of its
 * own: the one scope not minted from a request's principal, and only for a partner record in hand.
 */
export function platformActingAs(partner: { id: string; kind: 'theatre' | 'aggregator' }): PartnerScope {
  return { kind: 'partner', partnerId: partner.id, partnerKind: partner.kind } as PartnerScope;
}

/** The platform admin's reach: every tenant, said so in the type rather than by leaving a scope out. */
export function adminScopeOf(principal: Extract<Principal, { kind: 'admin' }>): AllTenants {
  return { kind: 'all-tenants', actor: principal.kind } as AllTenants;
}

/** The caller an idempotency key or an audit record belongs to. */
export function callerIdOf(principal: Principal): string {
  if (principal.kind === 'admin') return 'admin';
  return principal.kind === 'customer' ? principal.customerId : principal.partnerId;
}

const sha256 = (value: string) => createHash('sha256').update(value).digest();

function invalidKey(detail: string) {
  return new DomainError('invalid_api_key', { detail });
}

export interface Credentials {
  adminKeyDigest: Buffer | undefined;
  /** Absent when customer sign-in is not configured. */
  customerTokens: CustomerTokenVerifier | undefined;
}

/**
 * Resolves a bearer credential. Admin key and partner keys are compared in constant time on their
 * SHA-256 digests; any other token is an end customer's OIDC access token.
 */
export async function authenticate(db: Db, client: postgres.Sql, authorization: string | undefined, credentials: Credentials, rule: AccessRule): Promise<Principal> {
  const { adminKeyDigest } = credentials;
  const token = /^Bearer +(\S+)\s*$/i.exec(authorization ?? '')?.[1];
  if (!token) throw invalidKey('Send your API key as `Authorization: Bearer <key>`.');
  if (adminKeyDigest && timingSafeEqual(sha256(token), adminKeyDigest)) return { kind: 'admin' };

  if (!token.startsWith('mq_')) return authenticateCustomerToken(db, token, credentials.customerTokens, rule);
  const prefix = lookupPrefixOf(token);
  if (prefix === undefined) throw invalidKey('The API key is not valid.');
  const key = await findKeyForAuthentication(client, prefix);
  const presentedDigest = Buffer.from(hashApiKey(token), 'hex');
  const matches = key !== undefined && timingSafeEqual(presentedDigest, Buffer.from(key.secretHash, 'hex'));
  if (!key || !matches) throw invalidKey('The API key is not valid.');
  if (key.revoked) throw invalidKey('The API key has been revoked.');
  if (key.partnerStatus !== 'active') {
    throw new DomainError('partner_suspended', { detail: 'The partner is suspended; contact Marquee to reinstate it.' });
  }
  if (!key.usedRecently) {
    // Outside any request transaction and not awaited: bookkeeping must never fail or slow a call.
    touchKeyLastUsed(db, key.keyId).catch(() => undefined);
  }
  return { kind: 'partner', partnerId: key.partnerId, partnerKind: key.partnerKind, keyId: key.keyId, scopes: key.scopes };
}

/**
 * An end customer's token, verified against the issuer's keys; the customer is created on first
 * sight. Where customers may not call, the token is only screened: such routes never wait for,
 * nor fail with, the issuer.
 */
async function authenticateCustomerToken(db: Db, token: string, verifier: CustomerTokenVerifier | undefined, rule: AccessRule): Promise<Principal> {
  if (!verifier) throw invalidToken('The bearer token is not an API key, and customer sign-in is not configured.');
  if (!rule.principals.includes('customer')) {
    verifier.screen(token);
    throw new DomainError('insufficient_scope', { detail: `This operation is not available to ${callerNames.customer}.` });
  }
  const { issuer, subject } = await verifier.verify(token);
  return { kind: 'customer', issuer, subject, customerId: await oidcCustomerId(db, issuer, subject) };
}

const callerNames: Record<PrincipalKind, string> = { admin: 'the platform admin', partner: 'partners', customer: 'customers' };

export interface AccessRule {
  /** Which kinds of caller may call the route. */
  principals: readonly PrincipalKind[];
  /** For partner callers: the scope their key must carry. */
  scope?: string;
  /** For partner callers: which kinds of partner. */
  partnerKinds?: readonly ('theatre' | 'aggregator')[];
}

export function authorize(principal: Principal, rule: AccessRule): void {
  if (!rule.principals.includes(principal.kind)) {
    throw new DomainError('insufficient_scope', { detail: `This operation is not available to ${callerNames[principal.kind]}.` });
  }
  if (principal.kind !== 'partner') return;
  if (rule.partnerKinds && !rule.partnerKinds.includes(principal.partnerKind)) {
    throw new DomainError('insufficient_scope', { detail: `This operation is for ${rule.partnerKinds.join(' or ')} partners.` });
  }
  if (rule.scope && !principal.scopes.includes(rule.scope)) {
    throw new DomainError('insufficient_scope', { detail: `The API key lacks the '${rule.scope}' scope.` });
  }
}
