import type postgres from 'postgres';
import { Agent, request, type Dispatcher } from 'undici';
import { Marquee, syncSchedule, type Schema, type SyncScheduleOptions } from '../../sdk/src/index.ts';
import { drainOutbox } from './bench-database.ts';
import type { Marquee as ApiProcesses } from './marquee-processes.ts';
import { measuredRun, NOISE_HEADER, noiseCell, printNoiseNote, type Measured } from './measured-run.ts';
import { size } from './mode.ts';
import type { SdkBenchWorld } from './sdk-world.ts';

/** `syncSchedule` may take at most this many times one raw PUT of the same document. */
const TARGET_RATIO_TO_RAW = 1.5;
const ROUNDS = size(2, 1);
/** The split run's requests: a document past the body limit is sent like this. */
const SPLIT_SHOWTIMES_PER_REQUEST = 100;
/** Both clients get the SDK's own pool settings. */
const agentOptions = { connections: 32, keepAliveTimeout: 10_000 };

type Kind = 'raw' | 'sdk' | 'sdk-split';
const LABELS: Record<Kind, string> = {
  raw: 'one raw PUT with undici (baseline)',
  sdk: 'syncSchedule, defaults (as `marquee sync`)',
  'sdk-split': `syncSchedule, ${SPLIT_SHOWTIMES_PER_REQUEST} showtimes a request`,
};

interface SyncFigures {
  ms: number;
  requests: number;
}

interface SyncRun {
  kind: Kind;
  round: number;
  run: Measured<SyncFigures>;
  showtimes: number;
  seatRows: number;
}

type Sync = (theatreId: string, document: Schema<'ScheduleIn'>) => Promise<SyncFigures>;

/** The whole document in one PUT, serialized inside the timing as the SDK's is. */
function rawSync(baseUrl: string, apiKey: string, agent: Dispatcher): Sync {
  return async (theatreId, document) => {
    const started = performance.now();
    const answer = await request(new URL(`/v1/partner/theatres/${theatreId}/schedule`, baseUrl), {
      method: 'PUT',
      headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify(document),
      dispatcher: agent,
    });
    const text = await answer.body.text();
    if (answer.statusCode !== 200) throw new Error(`the raw PUT answered ${answer.statusCode}: ${text.slice(0, 2000)}`);
    JSON.parse(text);
    return { ms: performance.now() - started, requests: 1 };
  };
}

/** Requests are counted on the wire (the client's dispatcher), not taken from the SDK's account. */
function sdkSync(client: Marquee, counter: { requests: number }, options: SyncScheduleOptions): Sync {
  return async (theatreId, document) => {
    const before = counter.requests;
    const started = performance.now();
    await syncSchedule(client, theatreId, document, options);
    return { ms: performance.now() - started, requests: counter.requests - before };
  };
}

async function written(sql: postgres.Sql, theatreId: string) {
  const [row] = await sql<{ showtimes: number; seat_rows: number }[]>`
    select (select count(*)::int from showtimes where theatre_id = ${theatreId}) as showtimes,
           (select count(*)::int from seat_inventory si join showtimes s on s.id = si.showtime_id where s.theatre_id = ${theatreId}) as seat_rows`;
  return { showtimes: row!.showtimes, seatRows: row!.seat_rows };
}

function printSyncTable(rows: SyncRun[]) {
  console.log(`| run | ms | requests | showtimes | seat rows | API CPU ms | of which relay after the answer | ${NOISE_HEADER} |`);
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) {
    const { run } = row;
    console.log(
      `| ${LABELS[row.kind]}, round ${row.round} | ${run.value.ms.toFixed(0)} | ${run.value.requests} | ${row.showtimes} | ${row.seatRows} | ` +
        `${run.total.serverMs.toFixed(0)} | ${(run.total.serverMs - run.load.serverMs).toFixed(0)} | ${noiseCell(run)} |`,
    );
  }
  printNoiseNote(rows.map((row) => row.run));
}

/**
 * The schedule document (1,000 showtimes on 10 screens of 250 seats) synced into a fresh theatre
 * each time, so every run creates the same 1,000 showtimes and 250,000 seat rows: by one raw PUT,
 * by `syncSchedule` with its defaults, and by `syncSchedule` split into small requests. The kinds
 * take turns in a rotating order; the relay's work on each run's events is drained before the next.
 */
export async function benchSdkSync(api: ApiProcesses, sql: postgres.Sql, world: SdkBenchWorld): Promise<{ passed: boolean; healthy: boolean }> {
  const baseUrl = api.baseUrls[0]!;
  const rawAgent = new Agent(agentOptions);
  const sdkAgent = new Agent(agentOptions);
  const counter = { requests: 0 };
  const counted = sdkAgent.compose((dispatch) => (options, handler) => {
    counter.requests += 1;
    return dispatch(options, handler);
  });
  const client = new Marquee({ baseUrl, apiKey: world.apiKey, dispatcher: counted });
  const syncs: Record<Kind, Sync> = {
    raw: rawSync(baseUrl, world.apiKey, rawAgent),
    sdk: sdkSync(client, counter, {}),
    'sdk-split': sdkSync(client, counter, { maxShowtimesPerRequest: SPLIT_SHOWTIMES_PER_REQUEST }),
  };
  let relayStuck = false;
  const drain = async () => {
    relayStuck ||= !(await drainOutbox(sql)).drained;
  };
  try {
    const { document } = world;
    console.log(`\n### Schedule sync through the SDK against one raw request: ${document.showtimes.length} showtimes on ${document.screens?.length} screens of 250 seats, ${(Buffer.byteLength(JSON.stringify(document)) / 1024).toFixed(0)} KiB, a fresh theatre each run, ${ROUNDS} round(s)`);
    // Every path once on a small document first, so no measured run pays for warming it up.
    const small = { ...document, screens: document.screens?.slice(0, 1), showtimes: document.showtimes.filter((showtime) => showtime.screenExternalRef === 'audi-0').slice(0, 5) };
    for (const sync of Object.values(syncs)) await sync(await world.newTheatre(), small);

    const rows: SyncRun[] = [];
    const kinds = Object.keys(syncs) as Kind[];
    for (let round = 1; round <= ROUNDS; round += 1) {
      const order = kinds.map((_, n) => kinds[(n + round - 1) % kinds.length]!);
      for (const kind of order) {
        const theatreId = await world.newTheatre();
        await drain();
        const run = await measuredRun(api.pids, () => syncs[kind](theatreId, document), drain);
        rows.push({ kind, round, run, ...(await written(sql, theatreId)) });
      }
    }
    printSyncTable(rows);

    const meanMs = (kind: Kind) => {
      const runs = rows.filter((row) => row.kind === kind);
      return runs.reduce((sum, row) => sum + row.run.value.ms, 0) / runs.length;
    };
    const ratios = { sdk: meanMs('sdk') / meanMs('raw'), split: meanMs('sdk-split') / meanMs('raw') };
    const met = ratios.sdk <= TARGET_RATIO_TO_RAW && ratios.split <= TARGET_RATIO_TO_RAW;
    console.log(`ratio syncSchedule (defaults) / raw PUT (mean ms): ${ratios.sdk.toFixed(2)} (target ≤ ${TARGET_RATIO_TO_RAW}: ${ratios.sdk <= TARGET_RATIO_TO_RAW ? 'met' : 'MISSED'})`);
    console.log(`ratio syncSchedule (split) / raw PUT (mean ms):    ${ratios.split.toFixed(2)} (target ≤ ${TARGET_RATIO_TO_RAW}: ${ratios.split <= TARGET_RATIO_TO_RAW ? 'met' : 'MISSED'})`);
    const incomplete = rows.filter((row) => row.showtimes !== document.showtimes.length || row.seatRows !== document.showtimes.length * 250);
    for (const row of incomplete) console.log(`FAILED: ${LABELS[row.kind]}, round ${row.round}: ${row.showtimes} showtimes and ${row.seatRows} seat rows written`);
    if (relayStuck) console.log('FAILED: the webhook relay did not empty the outbox within 30 s of a sync');
    const healthy = incomplete.length === 0 && !relayStuck;
    return { passed: met && healthy, healthy };
  } finally {
    await client.close();
    await sdkAgent.close();
    await rawAgent.close();
  }
}
