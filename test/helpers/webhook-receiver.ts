import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { waitUntil } from './wait-until.ts';

export interface ReceivedWebhook {
  path: string;
  headers: IncomingHttpHeaders;
  /** The exact bytes received, as text. */
  body: string;
  at: number;
  /** The sender's port: with the receiver's, it names the connection (and so the process) it came on. */
  remotePort: number;
}

/** What the receiver answers: a status (with headers and body), or `hang` to never answer. */
export type Answer = { status: number; headers?: Record<string, string>; body?: string } | 'hang';
export type Responder = (request: ReceivedWebhook, countOnPath: number) => Answer;

/**
 * A real HTTP receiver on 127.0.0.1: records every request per path and answers as the test's
 * responder for that path says (200 by default).
 */
export async function startWebhookReceiver() {
  const received: ReceivedWebhook[] = [];
  const responders = new Map<string, Responder>();
  const hanging = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = { path: req.url ?? '/', headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now(), remotePort: req.socket.remotePort ?? 0 };
      received.push(request);
      const count = received.filter((other) => other.path === request.path).length;
      const answer: Answer = (responders.get(request.path) ?? (() => ({ status: 200 })))(request, count);
      if (answer === 'hang') {
        hanging.add(res);
        return;
      }
      res.writeHead(answer.status, answer.headers ?? {});
      res.end(answer.body ?? '');
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;

  const on = (path: string) => received.filter((request) => request.path === path);
  return {
    base,
    port,
    received,
    /** The URL of a path on this receiver, answered by `responder`. */
    endpoint(path: string, responder?: Responder) {
      if (responder) responders.set(path, responder);
      return `${base}${path}`;
    },
    on,
    /** Waits until `predicate` holds for the requests on `path`, or fails after `timeoutMs`. */
    waitFor(path: string, predicate: (requests: ReceivedWebhook[]) => boolean, timeoutMs = 15_000) {
      return waitUntil(`receiver: the condition on ${path}`, () => on(path), predicate, { timeoutMs });
    },
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      server.close();
    },
  };
}

export type WebhookReceiver = Awaited<ReturnType<typeof startWebhookReceiver>>;
