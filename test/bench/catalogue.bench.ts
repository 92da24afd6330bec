import { createDatabase } from '../../server/db/client.ts';
import { theatresShowingMovie } from '../../server/db/queries/catalogue.ts';
import { startBaselineServer, type BaselineServer } from './baseline-process.ts';
import { createBenchDatabase } from './bench-database.ts';
import { buildCatalogueWorld } from './catalogue-world.ts';
import { isClean, measureHttp, printHttpTable, warmUp } from './http-load.ts';
import { apiConnectionCount, startMarquee, type Marquee } from './marquee-processes.ts';
import { seconds } from './mode.ts';
import type { RawCatalogueSetup } from './raw-catalogue-server.ts';

/** The catalogue's main read must keep at least this share of a raw-SQL route's throughput. */
const TARGET_RATIO_TO_RAW_SQL = 0.5;
const CONNECTIONS = 10;
const RUN_SECONDS = seconds(5);
const WARM_UP_SECONDS = seconds(2, 1);

/**
 * The theatres running a movie in a city on a date, in a busy city: one API process against the
 * same statement behind a bare Fastify route on raw postgres.js (with the API's connection count)
 * and a bare route answering an empty list, each server in a process of its own. The API's
 * statement must find showtimes through the catalogue index (EXPLAIN).
 */
export async function benchCatalogue(): Promise<{ passed: boolean }> {
  const database = await createBenchDatabase();
  const fixtures = createDatabase(database.url, { max: 2, applicationName: 'bench-fixtures' });
  const servers: BaselineServer[] = [];
  let api: Marquee | undefined;
  let healthy = false;
  try {
    const world = await buildCatalogueWorld(fixtures.db);
    console.log(`\n## Catalogue: theatres running a movie in a city on a date`);
    console.log(`world: ${world.theatres} live theatres and ${world.showtimes} showtimes in the city (and as many in a second city)`);

    let indexed = true;
    for (const window of [{ date: world.date, days: 1 }, { date: null, days: 7 }]) {
      const values = { cityId: world.cityId, movieId: world.movieId, ...window, language: null, format: null, limit: 20, afterName: null, afterId: null };
      // The plan the API settles on: its prepared statement's generic plan, the same for every date.
      const plan = await fixtures.sql.begin(async (tx) => {
        await tx`set local plan_cache_mode = force_generic_plan`;
        await tx.unsafe(`prepare catalogue_plan as ${theatresShowingMovie.text}`);
        const literals = theatresShowingMovie.parameters(values).map((value) => (value === null ? 'null' : typeof value === 'number' ? String(value) : `'${String(value).replace(/'/g, "''")}'`));
        const rows = await tx.unsafe(`explain (analyze, buffers, costs off) execute catalogue_plan(${literals.join(', ')})`);
        await tx.unsafe('deallocate catalogue_plan');
        return rows as unknown as Record<string, string>[];
      });
      const planText = plan.map((row) => row['QUERY PLAN']).join('\n');
      const usesIndex = /Index (Only )?Scan (on|using) showtimes_catalogue_idx/.test(planText);
      indexed &&= usesIndex;
      console.log(`\nEXPLAIN of the API's prepared statement (generic plan), window ${JSON.stringify(window)}:`);
      console.log(planText.replace(/^/gm, '    '));
      console.log(`one statement, showtimes found through showtimes_catalogue_idx: ${usesIndex ? 'yes' : 'NO'}`);
    }

    api = await startMarquee({ databaseUrl: database.url, count: 1 });
    const apiUrl = `${api.baseUrls[0]}/v1/cities/${world.cityId}/movies/${world.movieId}/showtimes?date=${world.date}`;
    const load = { connections: CONNECTIONS, seconds: RUN_SECONDS };
    const warm = { connections: CONNECTIONS, seconds: WARM_UP_SECONDS };
    await warmUp(apiUrl, warm);
    const connections = await apiConnectionCount(database.sql, database.name);

    const rawSetup: RawCatalogueSetup = { databaseUrl: database.url, connections, cityId: world.cityId, movieId: world.movieId, date: world.date };
    const raw = await startBaselineServer('raw-catalogue-server.ts', rawSetup);
    servers.push(raw);
    const emptyList = Buffer.from(JSON.stringify({ data: [], nextCursor: null }));
    const bare = await startBaselineServer('bare-bytes-server.ts', { body: emptyList.toString('base64'), contentType: 'application/json; charset=utf-8' });
    servers.push(bare);
    await warmUp(`${raw.url}/raw`, warm);
    await warmUp(`${bare.url}/bare`, warm);
    console.log(`\nAPI: 1 process of server/main.ts with production defaults, holding ${connections} connections after warm-up; the raw SQL route has as many`);

    const bareRun = await measureHttp('bare Fastify route (baseline)', `${bare.url}/bare`, { ...load, serverPids: [bare.pid] });
    const rawRun = await measureHttp('raw SQL behind a bare route (baseline)', `${raw.url}/raw`, { ...load, serverPids: [raw.pid] });
    const apiRun = await measureHttp('Marquee GET …/movies/{id}/showtimes?date', apiUrl, { ...load, serverPids: api.pids });
    const results = [bareRun, rawRun, apiRun];
    printHttpTable(results);

    const ratioToRaw = apiRun.run.value.requestsPerSecond / rawRun.run.value.requestsPerSecond;
    console.log(`ratio Marquee / raw SQL route: ${ratioToRaw.toFixed(2)} (target ≥ ${TARGET_RATIO_TO_RAW_SQL}: ${ratioToRaw >= TARGET_RATIO_TO_RAW_SQL ? 'met' : 'MISSED'})`);
    console.log(`ratio Marquee / bare route:    ${(apiRun.run.value.requestsPerSecond / bareRun.run.value.requestsPerSecond).toFixed(2)}`);
    healthy = results.every(isClean);
    if (!healthy) console.log('FAILED: some requests were not 2xx');
    return { passed: indexed && healthy && ratioToRaw >= TARGET_RATIO_TO_RAW_SQL };
  } finally {
    for (const server of servers) await server.stop();
    await api?.stop({ keepLogs: !healthy });
    await fixtures.close();
    await database.drop();
  }
}
