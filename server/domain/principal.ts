import { createHash, timingSafeEqual } from 'node:crypto';
import type { Db } from '../db/client.ts';
import { findKeyForAuthentication, touchKeyLastUsed } from '../db/queries/api-keys.ts';
import { ProblemError } from './errors.ts';
import { hashApiKey, lookupPrefixOf } from './api-keys.ts';

/** Who is calling. Routes declare which of these may call them. */
export type Principal =
  | { kind: 'admin' }
  | {
      kind: 'partner';
      partnerId: string;
      partnerKind: 'theatre' | 'aggregator';
      keyId: string;
      scopes: readonly string[];
    };

export type PrincipalKind = Principal['kind'];

/** The caller an idempotency key or an audit record belongs to. */
export function callerIdOf(principal: Principal): string {
  return principal.kind === 'admin' ? 'admin' : principal.partnerId;
}

const sha256 = (value: string) => createHash('sha256').update(value).digest();

function invalidKey(detail: string) {
  return new ProblemError(401, 'invalid_api_key', detail);
}

/**
 * Resolves a bearer credential. Admin key and partner keys are compared in constant time on their
 * SHA-256 digests; any other token is an end customer's OIDC token, verified by its own resolver
 * once customer sign-in exists.
 */
export async function authenticate(
  db: Db,
  authorization: string | undefined,
  adminKeyDigest: Buffer | undefined,
): Promise<Principal> {
  const token = /^Bearer +(\S+)\s*$/i.exec(authorization ?? '')?.[1];
  if (!token) throw invalidKey('Send your API key as `Authorization: Bearer <key>`.');
  if (adminKeyDigest && timingSafeEqual(sha256(token), adminKeyDigest)) return { kind: 'admin' };

  if (!token.startsWith('mq_')) return authenticateCustomerToken(token);
  const prefix = lookupPrefixOf(token);
  if (prefix === undefined) throw invalidKey('The API key is not valid.');
  const key = await findKeyForAuthentication(db, prefix);
  const presentedDigest = Buffer.from(hashApiKey(token), 'hex');
  const matches = key !== undefined && timingSafeEqual(presentedDigest, Buffer.from(key.secretHash, 'hex'));
  if (!key || !matches) throw invalidKey('The API key is not valid.');
  if (key.revokedAt !== null) throw invalidKey('The API key has been revoked.');
  if (key.partnerStatus !== 'active') {
    throw new ProblemError(403, 'partner_suspended', 'The partner is suspended; contact Marquee to reinstate it.');
  }
  if (key.lastUsedAt === null || Date.now() - key.lastUsedAt.getTime() > 60_000) {
    // Outside any request transaction and not awaited: bookkeeping must never fail or slow a call.
    touchKeyLastUsed(db, key.keyId).catch(() => undefined);
  }
  return { kind: 'partner', partnerId: key.partnerId, partnerKind: key.partnerKind, keyId: key.keyId, scopes: key.scopes };
}

/** Where end customers' OIDC bearer tokens plug in (verified with jose against the issuer's JWKS). */
async function authenticateCustomerToken(_token: string): Promise<Principal> {
  throw new ProblemError(401, 'invalid_token', 'The bearer token is not an API key, and customer sign-in is not configured.');
}

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
    throw new ProblemError(403, 'insufficient_scope', `This operation is not available to ${principal.kind === 'admin' ? 'the platform admin' : 'partners'}.`);
  }
  if (principal.kind !== 'partner') return;
  if (rule.partnerKinds && !rule.partnerKinds.includes(principal.partnerKind)) {
    throw new ProblemError(403, 'insufficient_scope', `This operation is for ${rule.partnerKinds.join(' or ')} partners.`);
  }
  if (rule.scope && !principal.scopes.includes(rule.scope)) {
    throw new ProblemError(403, 'insufficient_scope', `The API key lacks the '${rule.scope}' scope.`);
  }
}
