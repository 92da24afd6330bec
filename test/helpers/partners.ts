import type { FastifyInstance } from 'fastify';
import { answer, typedClient, type Schema } from './typed-client.ts';

type Scope = Schema<'ApiKeyIn'>['scopes'][number];
export const ALL_SCOPES: Scope[] = ['read', 'inventory:write', 'bookings:write', 'webhooks:manage'];

/** Onboards a partner the way an admin does, through the API, and returns it with a fresh key. */
export async function onboardPartner(
  app: FastifyInstance,
  adminKey: string,
  options: { name?: string; kind?: 'theatre' | 'aggregator'; scopes?: Scope[] } = {},
) {
  const admin = typedClient(app, { authorization: `Bearer ${adminKey}` });
  const created = await answer(admin.POST('/v1/admin/partners', { body: { name: options.name ?? 'Test Cinemas', kind: options.kind ?? 'theatre' } }));
  if (created.statusCode !== 201) throw new Error(`createPartner answered ${created.statusCode}: ${created.body}`);
  const partner = created.json();
  const issued = await answer(admin.POST('/v1/admin/partners/{partnerId}/keys', {
    params: { path: { partnerId: partner.id } },
    body: { name: 'test key', scopes: options.scopes ?? ALL_SCOPES },
  }));
  if (issued.statusCode !== 201) throw new Error(`issueApiKey answered ${issued.statusCode}: ${issued.body}`);
  const key = issued.json();
  return { partner, key, secret: key.secret as string, headers: { authorization: `Bearer ${key.secret}` } };
}
