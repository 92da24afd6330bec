import { createBenchDatabase } from './bench-database.ts';
import { startMarquee, type Marquee } from './marquee-processes.ts';
import { benchSdkReads } from './sdk-reads.ts';
import { benchSdkSync } from './sdk-sync.ts';
import { buildSdkBenchWorld, type SdkBenchWorld } from './sdk-world.ts';

/**
 * What the SDK costs over the bare HTTP client beneath it, against one API process as production
 * runs it: read throughput of an SDK client against bare undici (sdk-reads.ts), then a schedule
 * sync through `syncSchedule` against the same document in one raw PUT (sdk-sync.ts). Reads run
 * first, on a database the syncs have not grown yet.
 */
export async function benchSdk(): Promise<{ passed: boolean }> {
  const database = await createBenchDatabase();
  let api: Marquee | undefined;
  let world: SdkBenchWorld | undefined;
  let healthy = false;
  try {
    api = await startMarquee({ databaseUrl: database.url, count: 1 });
    world = await buildSdkBenchWorld(api.baseUrls[0]!, api.adminKey);
    console.log('\n## SDK: its calls against bare undici, its schedule sync against one raw request');
    const reads = await benchSdkReads(api, world.showtimeId);
    const sync = await benchSdkSync(api, database.sql, world);
    healthy = reads.healthy && sync.healthy;
    return { passed: reads.passed && sync.passed };
  } finally {
    await world?.close();
    await api?.stop({ keepLogs: !healthy });
    await database.drop();
  }
}
