import type { FastifyInstance } from 'fastify';

export const ALL_SCOPES = ['read', 'inventory:write', 'bookings:write', 'webhooks:manage'];

/** Onboards a partner the way an admin does, through the API, and returns it with a fresh key. */
export async function onboardPartner(
  app: FastifyInstance,
  adminKey: string,
  options: { name?: string; kind?: 'theatre' | 'aggregator'; scopes?: string[] } = {},
) {
  const admin = { authorization: `Bearer ${adminKey}` };
  const created = await app.inject({
    method: 'POST',
    url: '/v1/admin/partners',
    headers: admin,
    payload: { name: options.name ?? 'Test Cinemas', kind: options.kind ?? 'theatre' },
  });
  if (created.statusCode !== 201) throw new Error(`createPartner answered ${created.statusCode}: ${created.body}`);
  const partner = created.json();
  const issued = await app.inject({
    method: 'POST',
    url: `/v1/admin/partners/${partner.id}/keys`,
    headers: admin,
    payload: { name: 'test key', scopes: options.scopes ?? ALL_SCOPES },
  });
  if (issued.statusCode !== 201) throw new Error(`issueApiKey answered ${issued.statusCode}: ${issued.body}`);
  const key = issued.json();
  return { partner, key, secret: key.secret as string, headers: { authorization: `Bearer ${key.secret}` } };
}
