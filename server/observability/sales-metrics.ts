import type { AuditEntry } from '../domain/audit.ts';
import { counter } from './metric.ts';

const holdsCreated = counter({ name: 'marquee_holds_created_total', help: 'Holds created (committed).' });
const holdsReleased = counter({ name: 'marquee_holds_released_total', help: 'Holds released by their seller before they lapsed.' });
const holdsExpired = counter({ name: 'marquee_holds_expired_total', help: 'Lapsed holds expired by the sweep, their seats back on sale.' });
const bookingsConfirmed = counter({ name: 'marquee_bookings_confirmed_total', help: 'Bookings confirmed (committed).' });
const seatsSold = counter({ name: 'marquee_seats_sold_total', help: 'Seats in confirmed bookings.' });
const bookingsCancelled = counter({
  name: 'marquee_bookings_cancelled_total',
  help: 'Bookings cancelled, by cause: `requested` by their seller, `showtime_cancelled` by the theatre.',
  labelNames: ['cause'],
});
const seatsCancelled = counter({ name: 'marquee_seats_cancelled_total', help: 'Seats of cancelled bookings.', labelNames: ['cause'] });

/**
 * Counts what a transaction changed, after it committed, from its audit entries: every change a
 * caller makes writes exactly one (in that transaction), so the entries are the one record of what
 * happened, wherever in the domain the change was decided. A rolled back change is never counted.
 */
export function countCommittedChanges(entries: readonly AuditEntry[]): void {
  for (const entry of entries) {
    switch (entry.action) {
      case 'hold.created':
        holdsCreated.inc();
        break;
      case 'hold.released':
        holdsReleased.inc();
        break;
      case 'booking.confirmed':
        bookingsConfirmed.inc(entry.targetIds.length);
        seatsSold.inc(seatLabelsOf(entry).length);
        break;
      case 'booking.cancelled': {
        const cause = String(entry.details?.['cause'] ?? 'requested');
        bookingsCancelled.inc({ cause }, entry.targetIds.length);
        seatsCancelled.inc({ cause }, Number(entry.details?.['seats'] ?? 0));
        break;
      }
    }
  }
}

/** Holds the hold sweep expired, after its transaction committed. */
export function countExpiredHolds(count: number): void {
  holdsExpired.inc(count);
}

function seatLabelsOf(entry: AuditEntry): unknown[] {
  const seats = entry.details?.['seats'];
  return Array.isArray(seats) ? seats : [];
}
