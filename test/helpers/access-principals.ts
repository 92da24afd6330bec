import type { TestApp } from './app.ts';
import type { TenantWorld } from './access-world.ts';
import { onboardPartner } from './partners.ts';
import { answer, typedClient } from './typed-client.ts';

type Headers = Record<string, string>;
export type PartnerKind = 'theatre' | 'aggregator';
export type Scope = keyof TenantWorld['lacking']['theatre'];

/**
 * Who calls, in the access matrix. `side` is the tenant a caller belongs to (its ids are its own
 * to read); `kind` says which access rule applies to it. A caller with a side is aimed at the
 * other side's ids, everyone else at side A's.
 */
export interface Principal {
  name: string;
  kind: 'anonymous' | 'customer' | 'aggregator' | 'theatre' | 'admin' | 'revoked' | 'suspended' | 'lacking';
  side?: 'A' | 'B';
  /** Most callers have one credential; the key lacking a scope is the one lacking the operation's. */
  headers(need: { scope?: Scope; partnerKind: PartnerKind }): Headers;
}

const fixed = (headers: Headers) => () => headers;

/** The eleven callers of the matrix, from the two sides and a few more made here. */
export async function matrixPrincipals(testApp: TestApp, sides: { A: TenantWorld; B: TenantWorld }): Promise<Principal[]> {
  const { app, adminKey } = testApp;
  const admin = typedClient(app, { authorization: `Bearer ${adminKey}` });
  const refused = async (what: string, pending: Promise<{ response: Response }>) => {
    const response = await answer(pending);
    if (response.statusCode !== 200) throw new Error(`${what} answered ${response.statusCode}: ${response.body}`);
  };
  // A key of B's theatre partner, revoked; B's partner stays active with its other keys.
  const revoked = await admin.POST('/v1/admin/partners/{partnerId}/keys', {
    params: { path: { partnerId: sides.B.theatrePartner.partner.id } }, body: { name: 'revoked', scopes: ['read', 'inventory:write', 'bookings:write', 'webhooks:manage'] },
  }).then((response) => response.data!);
  await refused('revokeApiKey', admin.POST('/v1/admin/partners/{partnerId}/keys/{keyId}/revoke', {
    params: { path: { partnerId: sides.B.theatrePartner.partner.id, keyId: revoked.id } },
  }));
  // A partner of its own, suspended, whose key is otherwise good.
  const suspended = await onboardPartner(app, adminKey, { name: 'Suspended Cinemas' });
  await refused('suspendPartner', admin.POST('/v1/admin/partners/{partnerId}/suspend', { params: { path: { partnerId: suspended.partner.id } } }));

  return [
    { name: 'anonymous', kind: 'anonymous', headers: fixed({}) },
    { name: 'customer A', kind: 'customer', side: 'A', headers: fixed(sides.A.customer.headers) },
    { name: 'customer B', kind: 'customer', side: 'B', headers: fixed(sides.B.customer.headers) },
    { name: 'aggregator A', kind: 'aggregator', side: 'A', headers: fixed(sides.A.aggregator.headers) },
    { name: 'aggregator B', kind: 'aggregator', side: 'B', headers: fixed(sides.B.aggregator.headers) },
    { name: 'theatre partner A', kind: 'theatre', side: 'A', headers: fixed(sides.A.theatrePartner.headers) },
    { name: 'theatre partner B', kind: 'theatre', side: 'B', headers: fixed(sides.B.theatrePartner.headers) },
    { name: 'platform admin', kind: 'admin', headers: fixed({ authorization: `Bearer ${adminKey}` }) },
    { name: 'revoked key', kind: 'revoked', side: 'B', headers: fixed({ authorization: `Bearer ${revoked.secret}` }) },
    { name: 'suspended partner', kind: 'suspended', headers: fixed(suspended.headers) },
    {
      name: 'key lacking the scope',
      kind: 'lacking',
      side: 'B',
      // A key of the kind the operation takes, with every scope but the one it needs (for an
      // operation that needs none, it lacks `read`).
      headers: ({ scope, partnerKind }) => sides.B.lacking[partnerKind][scope ?? 'read'],
    },
  ];
}

/**
 * The platform's own records that admin operations are aimed at, so the admin's calls (which may
 * act on anything) change neither side: partners to suspend and to reinstate, a key to revoke,
 * offers (in a city of their own) to disable and enable.
 */
export async function adminTargets(testApp: TestApp, elsewhereCityId: string) {
  const { app, adminKey } = testApp;
  const admin = typedClient(app, { authorization: `Bearer ${adminKey}` });
  const toSuspend = await onboardPartner(app, adminKey, { name: 'Spare To Suspend' });
  const toReinstate = await onboardPartner(app, adminKey, { name: 'Spare To Reinstate' });
  await answer(admin.POST('/v1/admin/partners/{partnerId}/suspend', { params: { path: { partnerId: toReinstate.partner.id } } }));
  const withKey = await onboardPartner(app, adminKey, { name: 'Spare Key Holder' });
  const offer = async (name: string) => {
    const made = await answer(admin.POST('/v1/admin/offers', {
      body: { name, kind: 'nth_ticket', nth: 4, percentOff: 10, scope: 'cities', scopeIds: [elsewhereCityId] },
    }));
    if (made.statusCode !== 201) throw new Error(`createOffer answered ${made.statusCode}: ${made.body}`);
    return made.json().id as string;
  };
  const offerOn = await offer('Spare offer on');
  const offerOff = await offer('Spare offer off');
  await answer(admin.POST('/v1/admin/offers/{offerId}/disable', { params: { path: { offerId: offerOff } } }));
  return {
    toSuspend: toSuspend.partner.id as string,
    toReinstate: toReinstate.partner.id as string,
    keyHolder: withKey.partner.id as string,
    keyToRevoke: withKey.key.id as string,
    offerOn,
    offerOff,
  };
}

export type AdminTargets = Awaited<ReturnType<typeof adminTargets>>;
