/**
 * A theatre POS keeping Marquee in step: push tomorrow's schedule (a screen, its layout and three
 * showtimes), keep two seats back for the box office, then follow the bookings Marquee sells.
 * `STOP_AFTER` ends it after that many booking events (it runs until interrupted otherwise).
 *
 *   MARQUEE_BASE_URL=http://127.0.0.1:3000 MARQUEE_API_KEY=mq_live_… MARQUEE_THEATRE_ID=thr_… MARQUEE_MOVIE_ID=mov_… \
 *     node --import tsx sdk/examples/pos-quickstart.ts
 */
import { Marquee, type ScheduleDocument } from '@marquee/sdk';

const theatreId = process.env.MARQUEE_THEATRE_ID!;
const movieId = process.env.MARQUEE_MOVIE_ID!;
const stopAfter = Number(process.env.STOP_AFTER ?? Infinity);
const marquee = new Marquee({ baseUrl: process.env.MARQUEE_BASE_URL!, apiKey: process.env.MARQUEE_API_KEY! });

const day = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
const seats = Array.from({ length: 12 }, (_, n) => ({ number: n + 1, category: 'standard' as const }));
const schedule: ScheduleDocument = {
  window: { from: `${day}T00:00:00Z`, to: `${day}T23:59:00Z` },
  screens: [{ externalRef: 'audi-1', name: 'Audi 1', layout: { rows: [{ label: 'A', seats }, { label: 'B', seats }] } }],
  showtimes: ['10:00', '14:00', '18:30'].map((time) => ({
    externalRef: `audi-1-${day}-${time}`,
    screenExternalRef: 'audi-1',
    movieId,
    startsAt: `${day}T${time}:00Z`,
    language: 'en',
    format: '2D' as const,
    prices: [{ category: 'standard', price: { amount: 25_000, currency: 'INR' } }],
  })),
};

// Where the feed stood before this sync: follow from here on (a real POS keeps it on disk).
const position = (await marquee.events.list({ limit: 100 }).toArray()).at(-1)?.position;

const result = await marquee.syncSchedule(theatreId, schedule, {
  onProgress: ({ done, total, replayed }) => console.log(`sync ${done}/${total}${replayed ? ' (already applied)' : ''}`),
});
console.log(`showtimes: ${result.showtimes.counts.created} created, ${result.showtimes.counts.updated} updated, ${result.showtimes.counts.unchanged} unchanged`);
const showtimeIds = [...result.showtimes.created, ...result.showtimes.unchanged].map((showtime) => showtime.id);
console.log(JSON.stringify({ showtimeIds }));

// Seats sold at the counter: Marquee will never sell them.
await marquee.partner.seats.block(showtimeIds[0]!, { seats: ['A1', 'A2'] });
console.log('blocked A1, A2 on the first show');

console.log('following bookings');
let seen = 0;
for await (const event of marquee.events.follow({ after: position, types: ['booking.confirmed', 'booking.cancelled'], pollIntervalMs: 200, maxPollIntervalMs: 2_000 })) {
  // A real POS applies the booking, then stores event.position to resume from after a restart.
  console.log(JSON.stringify({ type: event.type, bookingId: event.aggregate.id, position: event.position }));
  if (++seen >= stopAfter) break;
}
await marquee.close();
