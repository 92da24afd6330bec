import { createDatabase, type Db } from '../../server/db/client.ts';
import { createBenchDatabase, drainOutbox } from './bench-database.ts';
import { startMarquee, type Marquee } from './marquee-processes.ts';
import { measuredRun, NOISE_HEADER, noiseCell, printNoiseNote, type Measured } from './measured-run.ts';
import { markWrites, rawInventoryInsertMs, writesSince, type Writes } from './schedule-sync-writes.ts';
import { buildScheduleWorld, type ScheduleWorld } from './schedule-sync-world.ts';

/** Targets from the issue, on this machine. */
const TARGETS = { firstSyncMs: 5000, resyncMs: 500 };

interface Phase {
  name: string;
  ms: number;
  status: number;
  counts: unknown;
  writes: Writes;
  run: Measured<unknown>;
}

/**
 * One PUT of the schedule, timed from the client; the API's CPU for it (the call, and the relay's
 * work on the events it wrote, drained before the next mark); and the rows it wrote, counted in SQL.
 */
async function syncOnce(api: Marquee, db: Db, drain: () => Promise<unknown>, world: ScheduleWorld, name: string, document: object): Promise<Phase> {
  await drain();
  const before = await markWrites(db);
  const body = JSON.stringify(document);
  let ms = 0;
  const run = await measuredRun(api.pids, async () => {
    const started = performance.now();
    const response = await fetch(`${api.baseUrls[0]}/v1/partner/theatres/${world.theatreId}/schedule`, {
      method: 'PUT',
      headers: { ...world.headers, 'content-type': 'application/json' },
      body,
    });
    const answer = (await response.json()) as { showtimes?: { counts: unknown } };
    ms = performance.now() - started;
    return { status: response.status, counts: answer.showtimes?.counts ?? answer };
  }, drain);
  return { name, ms, ...run.value, writes: await writesSince(db, before), run };
}

/**
 * A POS's schedule through one API process as production runs it: a first sync of 1,000
 * showtimes, an unchanged re-sync, and a re-sync with one showtime moved; beside the floor of a
 * first sync (its seat rows in one raw `insert … select`).
 */
export async function benchScheduleSync(): Promise<{ passed: boolean }> {
  const database = await createBenchDatabase();
  const fixtures = createDatabase(database.url, { max: 2, applicationName: 'bench-fixtures' });
  let api: Marquee | undefined;
  let healthy = false;
  try {
    api = await startMarquee({ databaseUrl: database.url, count: 1 });
    const world = await buildScheduleWorld(api.baseUrls[0]!, fixtures.db, api.adminKey);
    const document = world.document;
    console.log('\n## Schedule sync: one theatre, one call, 1 API process');
    console.log(`document: ${document.screens.length} screens × 250 seats, ${document.showtimes.length} showtimes, ${(JSON.stringify(document).length / 1024).toFixed(0)} KiB`);

    let relayStuck = false;
    const drain = async () => {
      relayStuck ||= !(await drainOutbox(database.sql)).drained;
    };
    // A small sync of another theatre first, so the first measured call does not pay for warming up.
    const small = { ...document, screens: document.screens.slice(0, 1), showtimes: document.showtimes.filter((showtime) => showtime.screenExternalRef === 'audi-0').slice(0, 5) };
    await syncOnce(api, fixtures.db, drain, { ...world, theatreId: world.warmUpTheatreId }, 'warm-up', small);

    const first = await syncOnce(api, fixtures.db, drain, world, 'first sync', document);
    const unchanged = await syncOnce(api, fixtures.db, drain, world, 'unchanged re-sync', document);
    // The last show of the first day on screen 0 moves 30 minutes later: nothing follows it that night.
    const moved = structuredClone(document);
    const last = moved.showtimes.find((showtime) => showtime.externalRef === 's0-2030-01-01-2200')!;
    last.startsAtLocal = '2030-01-01T22:30';
    const oneMoved = await syncOnce(api, fixtures.db, drain, world, 'one showtime moved', moved);

    const phases = [first, unchanged, oneMoved];
    console.log(`| run | ms | status | showtimes | domain rows written | events | audit | API CPU ms | of which relay after the answer | ${NOISE_HEADER} | rows by table |`);
    console.log('| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
    for (const phase of phases) {
      const relayMs = phase.run.total.serverMs - phase.run.load.serverMs;
      console.log(
        `| ${phase.name} | ${phase.ms.toFixed(0)} | ${phase.status} | ${JSON.stringify(phase.counts)} | ${phase.writes.domainRows} | ${phase.writes.events} | ${phase.writes.audit} | ` +
          `${phase.run.total.serverMs.toFixed(0)} | ${relayMs.toFixed(0)} | ${noiseCell(phase.run)} | ${JSON.stringify(phase.writes.detail)} |`,
      );
    }
    printNoiseNote(phases.map((phase) => phase.run));
    const checks = [
      [`first sync < ${TARGETS.firstSyncMs} ms with 1,000 showtimes created`, first.status === 200 && first.ms < TARGETS.firstSyncMs && first.writes.showtimesWritten === 1000 && first.writes.events === 1000],
      [`unchanged re-sync < ${TARGETS.resyncMs} ms, 0 domain rows, 0 events`, unchanged.status === 200 && unchanged.ms < TARGETS.resyncMs && unchanged.writes.domainRows === 0 && unchanged.writes.events === 0 && unchanged.writes.audit === 0],
      [`one-change re-sync < ${TARGETS.resyncMs} ms, exactly 1 update and 1 event`, oneMoved.status === 200 && oneMoved.ms < TARGETS.resyncMs && oneMoved.writes.domainRows === 1 && oneMoved.writes.showtimesWritten === 1 && oneMoved.writes.events === 1],
    ] as const;
    const floorMs = await rawInventoryInsertMs(fixtures.db, world.theatreId);
    console.log(`baseline: the first sync's 250,000 seat rows in one raw insert … select: ${floorMs.toFixed(0)} ms; first sync / baseline: ${(first.ms / floorMs).toFixed(2)}`);
    for (const [label, ok] of checks) console.log(`${ok ? 'met' : 'MISSED'}: ${label}`);
    if (relayStuck) console.log('FAILED: the webhook relay did not empty the outbox within 30 s of a sync');
    healthy = phases.every((phase) => phase.status === 200) && !relayStuck;
    return { passed: healthy && checks.every(([, ok]) => ok) };
  } finally {
    await api?.stop({ keepLogs: !healthy });
    await fixtures.close();
    await database.drop();
  }
}
