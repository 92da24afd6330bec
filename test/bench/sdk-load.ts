import { createHistogram } from 'node:perf_hooks';
import { Agent, request } from 'undici';
import { Marquee } from '../../sdk/src/index.ts';

/**
 * The load generator of the SDK benchmark, in a process of its own (started by
 * sdk-load-process.ts): `concurrency` calls in flight at all times to GET /v1/showtimes/{id},
 * through one SDK client or through bare `undici.request` on an Agent like the SDK's own.
 * Warms up, says so, waits for `go`, then measures its rate, latencies and its own CPU.
 */

export interface LoadSetup {
  kind: 'sdk' | 'undici';
  baseUrl: string;
  showtimeId: string;
  concurrency: number;
  warmUpSeconds: number;
  seconds: number;
}

export interface LoadFigures {
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Calls that threw or answered something else than the showtime, by what went wrong. */
  failures: Record<string, number>;
  /** CPU this process spent over the measured window, and the window's wall time. */
  clientCpuMs: number;
  wallMs: number;
}

export type LoadMessage = { ready: true } | { figures: LoadFigures };

interface Reader {
  /** One read of the showtime; throws if the answer is not it. */
  read(): Promise<void>;
  close(): Promise<void>;
}

function sdkReader(setup: LoadSetup): Reader {
  const marquee = new Marquee({ baseUrl: setup.baseUrl, connections: setup.concurrency });
  return {
    async read() {
      const showtime = await marquee.catalogue.showtimes.retrieve(setup.showtimeId);
      if (showtime.id !== setup.showtimeId) throw new Error('another showtime');
    },
    close: () => marquee.close(),
  };
}

/** What a hand-written client does: the SDK's Agent settings and headers, and nothing else. */
function undiciReader(setup: LoadSetup): Reader {
  const agent = new Agent({ connections: setup.concurrency, keepAliveTimeout: 10_000 });
  const url = new URL(`/v1/showtimes/${setup.showtimeId}`, setup.baseUrl);
  const headers = { accept: 'application/json', 'user-agent': 'marquee-bench-undici' };
  return {
    async read() {
      const answer = await request(url, { method: 'GET', headers, dispatcher: agent });
      const body = (await answer.body.json()) as { id?: string };
      if (answer.statusCode !== 200) throw new Error(`status ${answer.statusCode}`);
      if (body.id !== setup.showtimeId) throw new Error('another showtime');
    },
    close: () => agent.close(),
  };
}

async function load(reader: Reader, setup: LoadSetup, seconds: number): Promise<LoadFigures> {
  const latencies = createHistogram();
  const failures: Record<string, number> = {};
  let requests = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const end = started + seconds * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const sent = process.hrtime.bigint();
      try {
        await reader.read();
        latencies.record(process.hrtime.bigint() - sent || 1n);
        requests += 1;
      } catch (error) {
        const key = (error as Error).name === 'Error' ? (error as Error).message : (error as Error).name;
        failures[key] = (failures[key] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: setup.concurrency }, worker));
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return {
    requests,
    requestsPerSecond: requests / (wallMs / 1000),
    p50Ms: latencies.percentile(50) / 1e6,
    p99Ms: latencies.percentile(99) / 1e6,
    failures,
    clientCpuMs: (cpu.user + cpu.system) / 1000,
    wallMs,
  };
}

process.once('message', async (setup: LoadSetup) => {
  const reader = setup.kind === 'sdk' ? sdkReader(setup) : undiciReader(setup);
  await load(reader, setup, setup.warmUpSeconds);
  process.send!({ ready: true } satisfies LoadMessage);
  process.once('message', async () => {
    const figures = await load(reader, setup, setup.seconds);
    await reader.close();
    process.send!({ figures } satisfies LoadMessage, () => process.disconnect());
  });
});
