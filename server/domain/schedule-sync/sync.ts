import { liveBookingCounts, lockTheatreSchedule } from '../../db/queries/schedule-sync.ts';
import { lockShowtimes } from '../../db/queries/showtimes.ts';
import { findTheatre } from '../../db/queries/theatres.ts';
import { DomainError, notFound } from '../errors.ts';
import type { PartnerWriter } from '../partner-writer.ts';
import { applyPlan } from './apply.ts';
import { checkDocument, type ScheduleDocument, type SyncIssue } from './document.ts';
import { planScreens } from './plan-screens.ts';
import { planShowtimes, type ShowtimePlan } from './plan-showtimes.ts';
import { changesAnything, syncResult } from './result.ts';
import { loadHeldState } from './state.ts';

/**
 * Schedule sync: a theatre's POS sends its whole schedule for a window, and Marquee applies exactly
 * the differences, in the caller's transaction, or refuses it all with every problem listed.
 */

/** `validation_failed` when the document is wrong in itself (whatever else), else `schedule_conflict`: it meets what Marquee holds badly. */
function refusal(issues: SyncIssue[]): DomainError {
  const conflicts = [...new Set(issues.flatMap((issue) => (issue.conflict === undefined ? [] : [issue.conflict])))];
  const items = `${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}`;
  if (issues.some((issue) => issue.conflict === undefined)) {
    return new DomainError('validation_failed', { detail: `The schedule has ${items}; nothing was applied.`, issues, conflicts: conflicts.length > 0 ? conflicts : undefined });
  }
  return new DomainError('schedule_conflict', { detail: `The schedule has ${items} with what Marquee holds; nothing was applied.`, issues, conflicts });
}

/**
 * Showtimes to cancel with bookings refuse the sync unless the caller forces it. Locked first, as
 * a cancellation locks them, so no booking can arrive between the count and the cancellation.
 */
async function bookingsOfCancelled(w: PartnerWriter, plan: ShowtimePlan, document: ScheduleDocument, issues: SyncIssue[]) {
  const ids = plan.cancelled.map((showtime) => showtime.id);
  if (!document.dryRun) await lockShowtimes(w.tx, ids, 'update');
  const counts = await liveBookingCounts(w.tx, w.scope, ids);
  if (document.cancelMissing !== 'force') {
    for (const showtime of plan.cancelled) {
      const bookings = counts.get(showtime.id) ?? 0;
      if (bookings === 0) continue;
      issues.push({
        field: ['showtimes'],
        message: `showtime '${showtime.externalRef}' (${showtime.id}) is missing from the document and has ${bookings} ${bookings === 1 ? 'booking' : 'bookings'}; send cancelMissing: force to cancel and refund them`,
        code: 'has_bookings',
        conflict: showtime.id,
      });
    }
  }
  return [...counts.values()].reduce((sum, bookings) => sum + bookings, 0);
}

export async function syncSchedule(w: PartnerWriter, theatreId: string, document: ScheduleDocument) {
  const theatre = await findTheatre(w.tx, w.scope, theatreId);
  if (!theatre) throw notFound('theatre', theatreId);
  const issues: SyncIssue[] = [];
  const checked = checkDocument(document, theatre.timeZone, issues);
  if (!(checked.from < checked.to)) throw refusal(issues);

  await lockTheatreSchedule(w.tx, w.scope, theatre.id);
  const held = await loadHeldState(w.tx, w.scope, theatre.id, document, checked);
  const screens = planScreens(document, checked, held);
  const showtimes = planShowtimes(document, checked, { theatre, held, targets: screens.targets, issues });
  const bookings = await bookingsOfCancelled(w, showtimes, document, issues);
  if (issues.length > 0) throw refusal(issues);

  const dryRun = document.dryRun === true;
  const bookingsCancelled = dryRun
    ? bookings
    : (await applyPlan(w, theatre, screens.plans, showtimes, held.pricesByShowtime)).bookingsCancelled;
  const result = syncResult({ theatreId: theatre.id, dryRun, window: checked, screens: screens.plans, showtimes, bookingsCancelled });
  if (!dryRun && changesAnything(result)) {
    await w.audit({
      action: 'schedule.synced',
      targetType: 'theatre',
      targetIds: [theatre.id],
      details: {
        window: result.window,
        screens: result.screens.counts,
        layouts: result.layouts.counts,
        showtimes: result.showtimes.counts,
        bookingsCancelled,
        updated: result.showtimes.updated.map((item) => item.id),
        cancelled: result.showtimes.cancelled.map((item) => item.id),
      },
    });
  }
  return result;
}
