import Fastify from 'fastify';
import postgres from 'postgres';

export interface RawCatalogueSetup {
  databaseUrl: string;
  /** As many connections as the API process holds. */
  connections: number;
  cityId: string;
  movieId: string;
  date: string;
}

/**
 * The catalogue's raw-SQL baseline in a process of its own: the statement the API's catalogue
 * query runs, written as a developer on postgres.js writes it (a tagged template: a named prepared
 * statement), behind a bare Fastify route; no Drizzle, no mapping, no schemas.
 */
process.once('message', async (setup: RawCatalogueSetup) => {
  const sql = postgres(setup.databaseUrl, { max: setup.connections, onnotice: () => {}, connection: { application_name: 'bench-raw' } });
  const { cityId, movieId, date } = setup;
  const app = Fastify();
  app.get('/raw', () => sql`
    with matching as (
      select s.id, s.theatre_id, s.screen_id, s.starts_at, s.ends_at, s.local_date, s.language, s.format
      from showtimes s
      where s.city_id = ${cityId} and s.movie_id = ${movieId} and s.local_date between ${date} and ${date} and s.status = 'scheduled'),
    page as (
      select t.id, t.name, t.city_id, t.address, t.postal_code, t.latitude, t.longitude, t.time_zone,
             t.pay_at_venue, t.cancellation_cutoff_minutes
      from theatres t
      where t.city_id = ${cityId} and t.status = 'live' and t.id in (select theatre_id from matching)
      order by t.name, t.id limit 21)
    select page.*, m.id as showtime_id, m.screen_id, sc.name as screen_name, m.starts_at, m.ends_at,
           m.local_date, m.language, m.format
    from page join matching m on m.theatre_id = page.id join screens sc on sc.id = m.screen_id
    order by page.name, page.id, m.starts_at, m.id`);
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  process.send!({ url });
  process.once('SIGTERM', () => void app.close().then(() => sql.end({ timeout: 5 })).then(() => process.exit(0)));
});
