import { createRemoteJWKSet, decodeJwt, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { DomainError } from './errors.ts';

/**
 * End customers' OIDC access tokens, verified with jose against the issuer's published keys: the
 * signature (asymmetric algorithms only, so a token can never be "signed" with a public key as an
 * HMAC secret, nor with `none`), the issuer, the audience, the expiry and a subject.
 *
 * The JWKS address comes from the issuer's discovery document, fetched once on first use (and
 * again after a failure). jose caches the keys and fetches them again when a token names a `kid`
 * it does not know (after `jwksCooldownMs`), so a rotated signing key is picked up without a
 * restart. An issuer that cannot be reached is `identity_provider_unavailable` (worth a retry), never
 * an `invalid_token` the customer could do nothing about, nor a crash. No error text ever repeats the token.
 */

/** One trusted issuer (OIDC_ISSUER, OIDC_AUDIENCE and their OIDC_* settings). */
export interface OidcSettings {
  issuer: string;
  audience: string;
  jwksCooldownMs: number;
  clockToleranceSeconds: number;
  httpTimeoutMs: number;
}

export interface CustomerIdentity {
  issuer: string;
  subject: string;
}

export interface CustomerTokenVerifier {
  /**
   * The checks that need no network: a JWT that names the trusted issuer. Enough to refuse a
   * customer token where customers may not call, without making that route depend on the issuer.
   */
  screen(token: string): void;
  /** The full verification; the identity it proves. */
  verify(token: string): Promise<CustomerIdentity>;
}

/** Signature algorithms accepted: public-key ones only. */
export const CUSTOMER_TOKEN_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'];

export function invalidToken(detail: string): DomainError {
  return new DomainError('invalid_token', { detail });
}

function issuerUnavailable(): DomainError {
  return new DomainError('identity_provider_unavailable', { detail: 'The identity provider that issues customer tokens cannot be reached; try again shortly.', retryAfterSeconds: 5 });
}

/** The verifier for one configured issuer; `onIssuerError` hears why the issuer could not be used. */
export function customerTokenVerifier(settings: OidcSettings, onIssuerError: (error: unknown) => void = () => undefined): CustomerTokenVerifier {
  let keys: Promise<JWTVerifyGetKey> | undefined;
  const keySet = () => {
    keys ??= discoverKeySet(settings).catch((error: unknown) => {
      keys = undefined;
      throw error;
    });
    return keys;
  };

  const screen = (token: string) => {
    let claimedIssuer: unknown;
    try {
      claimedIssuer = decodeJwt(token).iss;
    } catch {
      throw invalidToken('The bearer token is neither an API key nor a well-formed JWT.');
    }
    if (claimedIssuer !== settings.issuer) throw invalidToken('The token was not issued by the identity provider this API trusts.');
  };

  const verify = async (token: string): Promise<CustomerIdentity> => {
    // Cheap refusals first, without reaching the issuer: not a JWT at all, or another issuer's.
    screen(token);

    try {
      const { payload } = await jwtVerify(token, await keySet(), {
        issuer: settings.issuer,
        audience: settings.audience,
        algorithms: CUSTOMER_TOKEN_ALGORITHMS,
        clockTolerance: settings.clockToleranceSeconds,
        requiredClaims: ['exp', 'sub'],
      });
      if (typeof payload.sub !== 'string' || payload.sub.length === 0) throw invalidToken('The token names no subject (`sub`).');
      return { issuer: settings.issuer, subject: payload.sub };
    } catch (error) {
      if (error instanceof DomainError) throw error;
      const refusal = tokenRefusal(error);
      if (refusal) throw refusal;
      onIssuerError(error);
      throw issuerUnavailable();
    }
  };
  return { screen, verify };
}

/** What is wrong with the token itself, or undefined when the fault is the issuer's reachability. */
function tokenRefusal(error: unknown): DomainError | undefined {
  if (error instanceof errors.JWTExpired) return invalidToken('The token has expired; sign in again.');
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return invalidToken('The token is not meant for this API (audience).');
    if (error.claim === 'iss') return invalidToken('The token was not issued by the identity provider this API trusts.');
    if (error.claim === 'nbf') return invalidToken('The token is not valid yet.');
    return invalidToken(`The token's \`${error.claim}\` claim is missing or not valid.`);
  }
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) {
    return invalidToken('The token is signed with an algorithm this API does not accept.');
  }
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) {
    return invalidToken('The token is signed with a key the identity provider does not publish.');
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return invalidToken("The token's signature is not valid.");
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return invalidToken('The token is not a well-formed JWT.');
  return undefined;
}

/** The issuer's key set, found through its discovery document (OpenID Connect Discovery 1.0). */
async function discoverKeySet(settings: OidcSettings): Promise<JWTVerifyGetKey> {
  const address = `${settings.issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
  const response = await fetch(address, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(settings.httpTimeoutMs) });
  if (response.status !== 200) throw new Error(`discovery at ${address} answered ${response.status}`);
  const document = (await response.json()) as { issuer?: unknown; jwks_uri?: unknown };
  // The document must be the issuer's own (Discovery §4.3), or its keys could vouch for anyone.
  if (document.issuer !== settings.issuer) throw new Error(`discovery at ${address} names another issuer`);
  if (typeof document.jwks_uri !== 'string') throw new Error(`discovery at ${address} has no jwks_uri`);
  return createRemoteJWKSet(new URL(document.jwks_uri), { cooldownDuration: settings.jwksCooldownMs, timeoutDuration: settings.httpTimeoutMs });
}
