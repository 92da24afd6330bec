import { sql } from 'drizzle-orm';
import Fastify from 'fastify';
import postgres from 'postgres';
import { buildApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { createDatabase } from '../../server/db/client.ts';
import { theatresShowingMovieStatement } from '../../server/db/queries/catalogue.ts';
import { createTestDatabase } from '../helpers/database.ts';
import { buildCatalogueWorld } from './catalogue-world.ts';
import { listenOnLoopback, measure, printTable, type LoadResult } from './http.ts';

/** The catalogue's main read must keep at least this share of a raw-SQL route's throughput. */
const TARGET_RATIO_TO_RAW_SQL = 0.5;

/** The same statement the catalogue query runs, without Drizzle, domain mapping or schemas. */
const RAW_QUERY = `
  with matching as (
    select s.id, s.theatre_id, s.screen_id, s.starts_at, s.ends_at, s.local_date, s.language, s.format
    from showtimes s
    where s.city_id = $1 and s.movie_id = $2 and s.local_date between $3 and $3 and s.status = 'scheduled'),
  page as (
    select t.id, t.name, t.city_id, t.address, t.postal_code, t.latitude, t.longitude, t.time_zone,
           t.pay_at_venue, t.cancellation_cutoff_minutes
    from theatres t
    where t.city_id = $1 and t.status = 'live' and t.id in (select theatre_id from matching)
    order by t.name, t.id limit 21)
  select page.*, m.id as showtime_id, m.screen_id, sc.name as screen_name, m.starts_at, m.ends_at,
         m.local_date, m.language, m.format
  from page join matching m on m.theatre_id = page.id join screens sc on sc.id = m.screen_id
  order by page.name, page.id, m.starts_at, m.id`;

export async function benchCatalogue(): Promise<{ passed: boolean }> {
  const database = await createTestDatabase();
  const fixtures = createDatabase(database.url, { max: 2 });
  try {
    const world = await buildCatalogueWorld(fixtures.db);
    console.log(`\n## Catalogue: theatres running a movie in a city on a date`);
    console.log(`world: ${world.theatres} live theatres and ${world.showtimes} showtimes in the city (and as many in a second city)`);

    const parameters = [world.cityId, world.movieId, world.date];
    let indexed = true;
    for (const window of [{ date: world.date }, { cityId: world.cityId, days: 7 }]) {
      const statement = theatresShowingMovieStatement({ cityId: world.cityId, movieId: world.movieId, window, limit: 20 });
      const plan = await fixtures.db.execute<Record<string, string>>(sql`explain (analyze, buffers, costs off) ${statement}`);
      const planText = plan.map((row) => row['QUERY PLAN']).join('\n');
      const usesIndex = /Index (Only )?Scan (on|using) showtimes_catalogue_idx/.test(planText);
      indexed &&= usesIndex;
      console.log(`\nEXPLAIN of the API's statement, window ${JSON.stringify(window)}:`);
      console.log(planText.replace(/^/gm, '    '));
      console.log(`one statement, showtimes found through showtimes_catalogue_idx: ${usesIndex ? 'yes' : 'NO'}`);
    }

    const config = loadConfig({ LOG_LEVEL: 'error', DATABASE_URL: database.url, JOBS_ENABLED: 'false', WEBHOOKS_ENABLED: 'false' });
    const app = await buildApp({ ...config, databaseUrl: database.url });
    const appUrl = await listenOnLoopback(app);

    const rawClient = postgres(database.url, { max: config.dbPoolMax, onnotice: () => {} });
    const rawSqlRoute = Fastify();
    rawSqlRoute.get('/raw', () => rawClient.unsafe(RAW_QUERY, parameters));
    const rawUrl = await listenOnLoopback(rawSqlRoute);

    const bare = Fastify();
    bare.get('/bare', () => ({ data: [], nextCursor: null }));
    const bareUrl = await listenOnLoopback(bare);

    const path = `/v1/cities/${world.cityId}/movies/${world.movieId}/showtimes?date=${world.date}`;
    const results: LoadResult[] = [];
    results.push(await measure('bare Fastify route (baseline)', `${bareUrl}/bare`));
    results.push(await measure('raw SQL behind a bare route (baseline)', `${rawUrl}/raw`));
    results.push(await measure('Marquee GET …/movies/{id}/showtimes?date', `${appUrl}${path}`));
    printTable(results);

    const [bareRun, rawRun, marqueeRun] = results as [LoadResult, LoadResult, LoadResult];
    const ratioToRaw = marqueeRun.requestsPerSecond / rawRun.requestsPerSecond;
    console.log(`ratio Marquee / raw SQL route: ${ratioToRaw.toFixed(2)} (target ≥ ${TARGET_RATIO_TO_RAW_SQL})`);
    console.log(`ratio Marquee / bare route:    ${(marqueeRun.requestsPerSecond / bareRun.requestsPerSecond).toFixed(2)}`);
    const clean = results.every((run) => run.non2xx === 0 && run.errors === 0);
    if (!clean) console.log('FAILED: some requests were not 2xx');

    // autocannon stops mid-request; let those last handlers finish before the database goes.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await Promise.all([app.close(), rawSqlRoute.close(), bare.close(), rawClient.end()]);
    return { passed: indexed && clean && ratioToRaw >= TARGET_RATIO_TO_RAW_SQL };
  } finally {
    await fixtures.close();
    await database.drop();
  }
}
