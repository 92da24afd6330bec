import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { request } from 'undici';
import type { Teardownable } from '../../helpers/database.ts';

/** What the proxy does with the nth request it sees (counting from 1). */
export type Fault =
  | { kind: 'forward' }
  /** Forward it, let the API commit and answer, then drop the client's connection unanswered. */
  | { kind: 'drop-after-commit' }
  /** Answer this status itself, with these headers, without forwarding. */
  | { kind: 'answer'; status: number; headers?: Record<string, string>; body?: string }
  /** Wait this long before forwarding. */
  | { kind: 'delay'; ms: number };

export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
  /** The API's answer, byte for byte, when the proxy forwarded it. */
  answer?: { status: number; body: string };
}

/**
 * A real HTTP proxy in front of the real API that misbehaves on cue, so retries are proven
 * against real network failures: a connection lost after the server committed, a 503 with
 * `Retry-After`, a slow answer.
 */
export async function startFaultyProxy(t: Teardownable, target: string, faultFor: (n: number, seen: SeenRequest) => Fault) {
  const seen: SeenRequest[] = [];
  // A client that gave up (timeout, abort) may leave a forward running after the API closed.
  const server = createServer((req, res) => void handle(req, res).catch(() => res.destroy()));
  async function handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const entry: SeenRequest = { method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
    seen.push(entry);
    const fault = faultFor(seen.length, entry);
    if (fault.kind === 'answer') {
      res.writeHead(fault.status, { 'content-type': 'application/problem+json', ...fault.headers });
      res.end(fault.body ?? JSON.stringify({ type: 'about:blank', title: 'Injected', status: fault.status, detail: 'by the test proxy', code: 'service_unavailable', requestId: 'proxy' }));
      return;
    }
    if (fault.kind === 'delay') await new Promise((resolve) => setTimeout(resolve, fault.ms));
    const headers = { ...req.headers };
    delete headers.host;
    delete headers.connection;
    const upstream = await request(new URL(entry.url, target), { method: entry.method as 'GET', headers, body: entry.body === '' ? undefined : entry.body });
    const body = await upstream.body.text();
    entry.answer = { status: upstream.statusCode, body };
    if (fault.kind === 'drop-after-commit') {
      req.socket.destroy();
      return;
    }
    const forwarded: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(upstream.headers)) if (value !== undefined && name !== 'connection' && name !== 'keep-alive' && name !== 'transfer-encoding') forwarded[name] = value;
    res.writeHead(upstream.statusCode, forwarded);
    res.end(body);
  }
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  t.teardown(() => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}
