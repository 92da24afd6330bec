import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import Provider from 'oidc-provider';
import type { Teardownable } from './database.ts';

/**
 * A real OpenID Provider (`oidc-provider` 8) on an ephemeral 127.0.0.1 port, for customer sign-in
 * tests. Tokens come from its token endpoint at the end of an authorization code + PKCE flow
 * driven over HTTP through its development login and consent pages, so they are exactly what a
 * provider issues: JWT access tokens (RFC 9068, via resource indicators) for our API's audience,
 * signed with the provider's own keys, which it publishes at its `jwks_uri`.
 *
 * `rotateKeys()` starts signing with a new key (the old one stays published, as a real rotation
 * does) without changing the address: the next provider instance serves the same port.
 */

const CLIENT_ID = 'marquee-customer-app';
const REDIRECT_URI = 'https://customer-app.example/callback';
const API_SCOPE = 'bookings';

export interface TestOidcProvider {
  issuer: string;
  /** The audience of tokens minted for our API. */
  audience: string;
  /** An access token for `subject`; `audience` (resource indicator) defaults to our API. */
  tokenFor(subject: string, options?: { audience?: string }): Promise<string>;
  /** Access tokens minted from now on live this long (the provider's `exp`). */
  setAccessTokenTtl(seconds: number): void;
  /** Signs with a fresh key from now on; the previous keys stay published. */
  rotateKeys(): Promise<void>;
  /** The key id tokens are signed with now. */
  readonly signingKid: string;
  /** Stops answering (connections refused) until `start()`: the issuer is down. */
  stop(): Promise<void>;
  start(): Promise<void>;
}

export async function startOidcProvider(t: Teardownable, options: { audience?: string } = {}): Promise<TestOidcProvider> {
  const audience = options.audience ?? 'https://api.marquee.test';
  const keys: JWK[] = [];
  let accessTokenTtl = 600;
  let signingKid = '';
  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.writeHead(503).end();

  const server = createServer((req, res) => handler(req, res));
  await listen(server, 0);
  const port = (server.address() as AddressInfo).port;
  const issuer = `http://127.0.0.1:${port}`;

  async function addKeyAndRebuild() {
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    signingKid = `key-${keys.length + 1}-${randomBytes(4).toString('hex')}`;
    keys.unshift({ ...(await exportJWK(privateKey)), kid: signingKid, alg: 'ES256', use: 'sig' });
    const provider = buildProvider(issuer, audience, [...keys], () => ({ ttl: accessTokenTtl, kid: signingKid }));
    handler = provider.callback();
  }
  await addKeyAndRebuild();

  t.teardown(() => close(server));
  return {
    issuer,
    audience,
    tokenFor: (subject, tokenOptions = {}) => obtainAccessToken(issuer, subject, tokenOptions.audience ?? audience),
    setAccessTokenTtl: (seconds) => {
      accessTokenTtl = seconds;
    },
    rotateKeys: addKeyAndRebuild,
    get signingKid() {
      return signingKid;
    },
    stop: () => close(server),
    start: () => listen(server, port),
  };
}

function buildProvider(issuer: string, ourAudience: string, jwks: JWK[], signing: () => { ttl: number; kid: string }) {
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        token_endpoint_auth_method: 'none',
        redirect_uris: [REDIRECT_URI],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        id_token_signed_response_alg: 'ES256',
      },
    ],
    jwks: { keys: jwks },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    pkce: { required: () => true },
    // Every login is an account whose subject is the name typed in; the test decides who signs in.
    findAccount: (_ctx: unknown, sub: string) => ({ accountId: sub, claims: () => ({ sub }) }),
    ttl: { Interaction: 600, Session: 600, Grant: 600, IdToken: 600, AccessToken: (_ctx: unknown, token: { resourceServer?: { accessTokenTTL?: number } }) => token.resourceServer?.accessTokenTTL ?? 600 },
    features: {
      devInteractions: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => ourAudience,
        // Any resource the test names becomes the token's audience: "another API" is one of them.
        getResourceServerInfo: (_ctx: unknown, resourceIndicator: string) => {
          const { ttl, kid } = signing();
          return { scope: API_SCOPE, audience: resourceIndicator, accessTokenTTL: ttl, accessTokenFormat: 'jwt', jwt: { sign: { alg: 'ES256', kid } } };
        },
      },
    },
  });
  return provider;
}

/** The code flow, as a browser and a public client would drive it. */
async function obtainAccessToken(issuer: string, subject: string, resource: string): Promise<string> {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const cookies = new Map<string, string>();
  const authorize = new URL('/auth', issuer);
  for (const [name, value] of Object.entries({
    client_id: CLIENT_ID, response_type: 'code', redirect_uri: REDIRECT_URI, scope: `openid ${API_SCOPE}`, resource,
    code_challenge: challenge, code_challenge_method: 'S256', state: randomBytes(8).toString('hex'),
  })) authorize.searchParams.set(name, value);

  let location = authorize.href;
  for (let step = 0; step < 12; step += 1) {
    if (location.startsWith(REDIRECT_URI)) {
      const callback = new URL(location);
      const code = callback.searchParams.get('code');
      if (!code) throw new Error(`the provider refused the authorization: ${callback.search}`);
      return redeemCode(issuer, code, verifier, resource);
    }
    const url = new URL(location, issuer);
    let response = await browse(url, cookies);
    if (response.status === 200 && url.pathname.startsWith('/interaction/')) {
      // The development login or consent page: submit what it asks for.
      const page = await response.text();
      const prompt = /name="prompt" value="(\w+)"/.exec(page)?.[1];
      const form: Record<string, string> = prompt === 'login' ? { prompt, login: subject, password: 'any' } : { prompt: prompt ?? 'consent' };
      response = await browse(url, cookies, new URLSearchParams(form));
    }
    const next = response.headers.get('location');
    if (!next) throw new Error(`the provider answered ${response.status} at ${url.pathname}: ${await response.text()}`);
    location = new URL(next, url).href;
  }
  throw new Error('the authorization flow did not reach the callback');
}

async function browse(url: URL, cookies: Map<string, string>, form?: URLSearchParams) {
  const response = await fetch(url, {
    method: form ? 'POST' : 'GET',
    redirect: 'manual',
    headers: {
      cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
      ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
    },
    body: form,
  });
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(';');
    const separator = pair!.indexOf('=');
    cookies.set(pair!.slice(0, separator), pair!.slice(separator + 1));
  }
  return response;
}

async function redeemCode(issuer: string, code: string, verifier: string, resource: string): Promise<string> {
  const response = await fetch(new URL('/token', issuer), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: verifier, client_id: CLIENT_ID, resource }),
  });
  const body = (await response.json()) as { access_token?: string; error?: string; error_description?: string };
  if (!body.access_token) throw new Error(`the token endpoint answered ${response.status}: ${body.error} ${body.error_description}`);
  return body.access_token;
}

function listen(server: ReturnType<typeof createServer>, port: number) {
  if (server.listening) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function close(server: ReturnType<typeof createServer>) {
  if (!server.listening) return Promise.resolve();
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
}
