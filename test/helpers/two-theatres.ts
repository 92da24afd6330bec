import type { TestApp } from './app.ts';
import { answer, typedClient, type Schema } from './typed-client.ts';

/**
 * A theatre partner's two live theatres in one city, one taking payment at the venue and one not,
 * each with a 12-seat screen, and a `showtime()` maker that puts each new showtime a day after the
 * last at the same time of day (chosen by the caller, since offers depend on it).
 */
export async function twoTheatres(
  app: TestApp['app'],
  owner: { headers: Record<string, string> },
  options: { cityId: string; movieId: string; refPrefix: string; firstStartsAt: string; basePrice?: number },
) {
  const api = typedClient(app, owner.headers);
  const created = async (what: string, pending: Promise<{ response: Response }>) => {
    const response = await answer(pending);
    if (response.statusCode !== 201) throw new Error(`${what} answered ${response.statusCode}: ${response.body}`);
    return response.json() as { id: string };
  };
  const theatre = (n: number, name: string, payAtVenue: boolean) => created('POST /v1/partner/theatres', api.POST('/v1/partner/theatres', {
    body: { externalRef: `${options.refPrefix}${n}`, name, cityId: options.cityId, address: `${n} Road`, status: 'live', ...(payAtVenue ? { payAtVenue } : {}) },
  }));
  const venue = await theatre(1, 'Pay Here', true);
  const online = await theatre(2, 'Online Only', false);
  const rows: Schema<'SeatLayoutIn'>['rows'] = [{ label: 'A', seats: Array.from({ length: 12 }, (_, n) => ({ number: n + 1, category: 'standard' as const })) }];
  const prices: Schema<'ShowtimeIn'>['prices'] = [{ category: 'standard', price: { amount: options.basePrice ?? 25_000, currency: 'INR' } }];
  const screens = new Map<string, string>();
  for (const { id } of [venue, online]) {
    const screen = await created('POST …/screens', api.POST('/v1/partner/theatres/{theatreId}/screens', { params: { path: { theatreId: id } }, body: { externalRef: 's1', name: 'Screen 1' } }));
    await created('POST …/layouts', api.POST('/v1/partner/screens/{screenId}/layouts', { params: { path: { screenId: screen.id } }, body: { rows } }));
    screens.set(id, screen.id);
  }
  let day = 0;
  const showtime = async (at: { id: string } = venue): Promise<string> => {
    day += 1;
    const startsAt = new Date(Date.parse(options.firstStartsAt) + day * 86_400_000).toISOString();
    const made = await created('POST …/showtimes', api.POST('/v1/partner/theatres/{theatreId}/showtimes', {
      params: { path: { theatreId: at.id } },
      body: { externalRef: `sh-${day}`, screenId: screens.get(at.id)!, movieId: options.movieId, language: 'en', format: '2D', prices, startsAt },
    }));
    return made.id;
  };
  return { venue, online, prices, showtime };
}
