import type { LookupAddress, LookupOptions } from 'node:dns';
import { Agent, request } from 'undici';
import type { SafeTarget } from './target-guard.ts';

/** How much of a response body is kept with the attempt. */
export const RESPONSE_EXCERPT_BYTES = 1024;
/** Read (and dropped) past the excerpt so the connection can be reused; a bigger body closes it. */
const DRAIN_LIMIT_BYTES = 64 * 1024;
const MAX_AGENTS = 256;

export interface PostResult {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  bodyExcerpt: string;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * POSTs over connections pinned to an approved address: the connection's DNS lookup answers that
 * address whatever the hostname, so a name that re-resolves elsewhere between the check and the
 * connection (DNS rebinding) cannot redirect the request; Host and TLS SNI still carry the name.
 * One keep-alive agent per pinned address, so successive deliveries reuse their connections.
 * Redirects are never followed (undici's `request` does not), so a 3xx is just a status.
 */
export class PinnedHttpClient {
  private readonly agents = new Map<string, Agent>();

  async post(target: SafeTarget, headers: Record<string, string>, body: Buffer, timeoutMs: number): Promise<PostResult> {
    const response = await request(target.url, {
      method: 'POST',
      headers,
      body,
      dispatcher: this.agentFor(target),
      signal: AbortSignal.timeout(timeoutMs),
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
    });
    const chunks: Buffer[] = [];
    let read = 0;
    for await (const chunk of response.body as AsyncIterable<Buffer>) {
      if (read < RESPONSE_EXCERPT_BYTES) chunks.push(chunk.subarray(0, RESPONSE_EXCERPT_BYTES - read));
      read += chunk.length;
      if (read > DRAIN_LIMIT_BYTES) {
        response.body.destroy();
        break;
      }
    }
    return {
      status: response.statusCode,
      headers: response.headers,
      // Postgres text holds no NUL; the excerpt is for people reading attempts.
      bodyExcerpt: Buffer.concat(chunks).toString('utf8').replaceAll('\u0000', ''),
    };
  }

  private agentFor(target: SafeTarget): Agent {
    const key = `${target.family}/${target.address}`;
    let agent = this.agents.get(key);
    if (agent) {
      // Most recently used last, so the map's first entry is the one to evict.
      this.agents.delete(key);
      this.agents.set(key, agent);
      return agent;
    }
    const { address, family } = target;
    agent = new Agent({
      pipelining: 1,
      keepAliveTimeout: 10_000,
      connect: {
        lookup: (_hostname: string, options: LookupOptions, callback: LookupCallback) => {
          if (options.all) callback(null, [{ address, family }]);
          else callback(null, address, family);
        },
      },
    });
    this.agents.set(key, agent);
    if (this.agents.size > MAX_AGENTS) {
      const [oldestKey, oldest] = this.agents.entries().next().value as [string, Agent];
      this.agents.delete(oldestKey);
      void oldest.close().catch(() => undefined);
    }
    return agent;
  }

  async close(): Promise<void> {
    const agents = [...this.agents.values()];
    this.agents.clear();
    await Promise.allSettled(agents.map((agent) => agent.destroy()));
  }
}
