import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { collectDefaultMetrics, register } from 'prom-client';

export interface MetricsServer {
  port: number;
  close(): Promise<void>;
}

let defaultMetricsCollected = false;

/**
 * `GET /metrics` in Prometheus' text format on a listener of its own (METRICS_PORT), started by the
 * entry points: apart from the API, it needs no credential and never appears in the contract; keep
 * it on an interface only the scraper reaches. It serves whatever is in prom-client's default
 * registry (Marquee's `marquee_…` metrics, the rate limiter's, the webhook worker's) and Node's own
 * (`process_…`, `nodejs_…`: CPU, memory, event-loop delay).
 */
export async function startMetricsServer(options: { host: string; port: number }): Promise<MetricsServer> {
  if (!defaultMetricsCollected) {
    collectDefaultMetrics();
    defaultMetricsCollected = true;
  }
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found: metrics are at GET /metrics\n');
      return;
    }
    register.metrics().then(
      (text) => response.writeHead(200, { 'content-type': register.contentType }).end(text),
      // No detail: whatever failed, its message is not the scraper's to read.
      () => response.writeHead(500, { 'content-type': 'text/plain' }).end('metrics could not be collected\n'),
    );
  });
  server.listen(options.port, options.host);
  await once(server, 'listening');
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // A scraper's idle keep-alive connection would hold the close open.
      server.closeAllConnections();
      await closed;
    },
  };
}
