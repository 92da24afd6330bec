import { create, httpClient } from '../helpers/api-processes.ts';

/**
 * A small JSON client for building benchmark worlds over HTTP, the way partners and admins do:
 * the tests' client, bound to one base URL. Not the load: world building is not measured (see
 * booking-load.ts for the clients that are).
 */
export interface JsonClient {
  request(method: 'GET' | 'POST' | 'PUT', path: string, options?: { headers?: Record<string, string>; body?: object }): Promise<{ status: number; body: any }>;
  /** POSTs and insists on 201: a world that cannot be built says which call failed and why. */
  create(path: string, body: object, headers: Record<string, string>): Promise<any>;
  close(): Promise<void>;
}

export function jsonClient(baseUrl: string, connections = 8): JsonClient {
  const closers: (() => unknown)[] = [];
  const call = httpClient({ teardown: (close) => void closers.push(close) }, connections);
  return {
    request: (method, path, options) => call(baseUrl, method, path, options),
    create: (path, body, headers) => create(call, baseUrl, path, body, headers),
    close: async () => {
      for (const close of closers) await close();
    },
  };
}

export interface OnboardedPartner {
  partnerId: string;
  keyId: string;
  authorization: string;
}

/** A partner and one API key, made by the platform admin through the admin API. */
export async function onboardPartner(client: JsonClient, adminKey: string, options: { name: string; kind: 'theatre' | 'aggregator'; scopes: string[] }): Promise<OnboardedPartner> {
  const admin = { authorization: `Bearer ${adminKey}` };
  const partner = await client.create('/v1/admin/partners', { name: options.name, kind: options.kind }, admin);
  const key = await client.create(`/v1/admin/partners/${partner.id}/keys`, { name: 'bench key', scopes: options.scopes }, admin);
  return { partnerId: partner.id, keyId: key.id, authorization: `Bearer ${key.secret as string}` };
}
