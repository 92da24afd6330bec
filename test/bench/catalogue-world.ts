import { sql } from 'drizzle-orm';
import type { Db } from '../../server/db/client.ts';
import { localDateOf } from '../../server/domain/local-time.ts';

export interface CatalogueWorld {
  cityId: string;
  movieId: string;
  date: string;
  theatres: number;
  showtimes: number;
}

/**
 * A busy city for catalogue benchmarks and EXPLAIN, its week starting today: 200 live theatres × 4 screens × 25 shows over a
 * week ≈ 20,000 showtimes of 40 movies, plus a second city of the same size as noise. Rows are made
 * by generate_series in the database: building them in JS would dominate the run.
 */
export async function buildCatalogueWorld(db: Db, firstDate = localDateOf(new Date(), 'Asia/Kolkata')): Promise<CatalogueWorld> {
  await db.execute(sql`
    insert into partners (id, name, kind) values ('ptn_bench', 'Bench Cinemas', 'theatre');
    insert into cities (id, name, country, time_zone) values
      ('cty_bench_a', 'Bench City A', 'IN', 'Asia/Kolkata'), ('cty_bench_b', 'Bench City B', 'IN', 'Asia/Kolkata');
    insert into movies (id, title, languages, genres, duration_minutes)
      select 'mov_bench_' || m, 'Bench Movie ' || m, array['hi','en'], array['drama'], 120 from generate_series(0, 39) m;
    insert into theatres (id, partner_id, city_id, external_ref, name, address, time_zone, status)
      select 'thr_bench_' || c || '_' || t, 'ptn_bench', 'cty_bench_' || c, c || '-' || t, 'Theatre ' || c || ' ' || lpad(t::text, 3, '0'),
             t || ' Bench Road', 'Asia/Kolkata', 'live'
      from unnest(array['a','b']) c, generate_series(0, 199) t;
    insert into screens (id, theatre_id, external_ref, name)
      select 'scr_' || th.id || '_' || s, th.id, 'screen-' || s, 'Screen ' || s from theatres th, generate_series(0, 3) s
      where th.partner_id = 'ptn_bench';
    insert into seat_layouts (id, screen_id, layout_version, document, seat_count, categories)
      select 'lay_' || sc.id, sc.id, 1, '{}'::jsonb, 1, array['standard'] from screens sc join theatres th on th.id = sc.theatre_id
      where th.partner_id = 'ptn_bench';
  `);
  // Four shows a day at 10:00, 13:00, 16:00 and 19:00 local (UTC+5:30), 25 per screen.
  await db.execute(sql`
    insert into showtimes (id, theatre_id, screen_id, layout_id, movie_id, city_id, external_ref, starts_at, ends_at,
                           local_date, language, format)
    select 'shw_' || sc.id || '_' || k, th.id, sc.id, 'lay_' || sc.id,
           'mov_bench_' || ((hashtext(sc.id) & 1023) + k) % 40, th.city_id, sc.external_ref || '-show-' || k,
           starts_at, starts_at + interval '135 minutes', (starts_at at time zone 'Asia/Kolkata')::date,
           case when k % 3 = 0 then 'en' else 'hi' end, '2D'
    from screens sc join theatres th on th.id = sc.theatre_id
    cross join generate_series(0, 24) k
    cross join lateral (select ((${firstDate}::date + (k / 4)) + time '10:00' + (k % 4) * interval '3 hours')
                               at time zone 'Asia/Kolkata' as starts_at) s
    where th.partner_id = 'ptn_bench'`);
  await db.execute(sql`analyze`);
  const [counts] = await db.execute<{ theatres: number; showtimes: number }>(sql`
    select (select count(*)::int from theatres where city_id = 'cty_bench_a') as theatres,
           (select count(*)::int from showtimes where city_id = 'cty_bench_a') as showtimes`);
  return { cityId: 'cty_bench_a', movieId: 'mov_bench_7', date: firstDate, theatres: counts!.theatres, showtimes: counts!.showtimes };
}
