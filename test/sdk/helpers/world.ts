import type { AddressInfo } from 'node:net';
import { Marquee, type ClientOptions, type RequestBody } from '../../../sdk/src/index.ts';
import { buildTestApp } from '../../helpers/app.ts';
import type { Teardownable } from '../../helpers/database.ts';
import { ALL_SCOPES } from '../../helpers/partners.ts';

export interface SdkWorld {
  baseUrl: string;
  admin: Marquee;
  /** A new client on this server, closed when the test ends. */
  client(options?: Partial<ClientOptions>): Marquee;
  /** Onboards a partner through the admin SDK and returns a client holding its new key. */
  partner(kind: 'theatre' | 'aggregator', name: string): Promise<{ client: Marquee; partnerId: string; apiKey: string }>;
}

/**
 * The real API (the production app, on its own database) listening on a port, and SDK clients
 * talking to it over HTTP. Everything is set up through the SDK: it is what is under test.
 */
export async function sdkWorld(t: Teardownable, env: Record<string, string> = {}): Promise<SdkWorld & { app: Awaited<ReturnType<typeof buildTestApp>> }> {
  const app = await buildTestApp(t, env);
  await app.app.listen({ host: '127.0.0.1', port: 0 });
  const baseUrl = `http://127.0.0.1:${(app.app.server.address() as AddressInfo).port}`;
  const client = (options: Partial<ClientOptions> = {}) => {
    const marquee = new Marquee({ baseUrl, ...options });
    t.teardown(() => marquee.close());
    return marquee;
  };
  const admin = client({ apiKey: app.adminKey });
  return {
    app,
    baseUrl,
    admin,
    client,
    async partner(kind, name) {
      const partner = await admin.admin.partners.create({ name, kind });
      const key = await admin.admin.partners.keys.issue(partner.id, { name: `${name} key`, scopes: ALL_SCOPES as RequestBody<'issueApiKey'>['scopes'] });
      if (!key.secret) throw new Error('a newly issued key shows its secret');
      return { client: client({ apiKey: key.secret }), partnerId: partner.id, apiKey: key.secret };
    },
  };
}

/** A city, a movie, a theatre partner's live theatre with one screen of `rows` × 10 standard seats. */
export async function cinema(world: SdkWorld, name: string, options: { rows?: number } = {}) {
  const city = await world.admin.admin.cities.create({ name: `${name} City`, country: 'IN', timeZone: 'Asia/Kolkata' });
  const movie = await world.admin.admin.movies.create({ title: `${name} Movie`, languages: ['en'], genres: ['drama'], durationMinutes: 120 });
  const owner = await world.partner('theatre', `${name} Cinemas`);
  const theatre = await owner.client.partner.theatres.create({ externalRef: 'main', name: `${name} Palace`, cityId: city.id, address: '1 Road', status: 'live' });
  const screen = await owner.client.partner.screens.create(theatre.id, { externalRef: 's1', name: 'Screen 1' });
  const rowLabels = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.slice(0, options.rows ?? 3).split('');
  await owner.client.partner.layouts.create(screen.id, {
    rows: rowLabels.map((label) => ({ label, seats: Array.from({ length: 10 }, (_, n) => ({ number: n + 1, category: 'standard' })) })),
  });
  let day = 0;
  /** A showtime a day after the last one, at 18:00 UTC. */
  const showtime = async () => {
    day += 1;
    const startsAt = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() + day, 18)).toISOString();
    return owner.client.partner.showtimes.create(theatre.id, {
      externalRef: `sh-${day}`, screenId: screen.id, movieId: movie.id, language: 'en', format: '2D', startsAt,
      prices: [{ category: 'standard', price: { amount: 25_000, currency: 'INR' } }],
    });
  };
  return { city, movie, owner, theatre, screen, showtime };
}
