import { Pool } from 'undici';

/**
 * A small JSON client for building benchmark worlds over HTTP, the way partners and admins do.
 * Not the load: world building is not measured (see booking-load.ts for the clients that are).
 */
export interface JsonClient {
  request(method: 'GET' | 'POST' | 'PUT', path: string, options?: { headers?: Record<string, string>; body?: object }): Promise<{ status: number; body: any }>;
  /** POSTs and insists on 201: a world that cannot be built says which call failed and why. */
  create(path: string, body: object, headers: Record<string, string>): Promise<any>;
  close(): Promise<void>;
}

export function jsonClient(baseUrl: string, connections = 8): JsonClient {
  const pool = new Pool(baseUrl, { connections, pipelining: 1, headersTimeout: 120_000, bodyTimeout: 120_000 });
  const request: JsonClient['request'] = async (method, path, options = {}) => {
    const response = await pool.request({
      method,
      path,
      headers: { ...(options.body ? { 'content-type': 'application/json' } : {}), ...options.headers },
      body: options.body ? JSON.stringify(options.body) : undefined,
    });
    const text = await response.body.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // kept as text, to be shown
    }
    return { status: response.statusCode, body };
  };
  return {
    request,
    async create(path, body, headers) {
      const response = await request('POST', path, { headers, body });
      if (response.status !== 201) throw new Error(`POST ${path} answered ${response.status}: ${JSON.stringify(response.body).slice(0, 2000)}`);
      return response.body;
    },
    close: () => pool.close(),
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
