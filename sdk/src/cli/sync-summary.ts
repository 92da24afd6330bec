import type { ResponseBody } from '../index.ts';
import { plural } from './format.ts';

type SyncResult = ResponseBody<'syncSchedule'>;
/** Lines listed per kind of change; a month of showtimes would otherwise scroll the counts away. */
const LISTED_PER_KIND = 20;
type Item = { id: string | null; externalRef: string };

/**
 * The sync as a diff: counts per kind, then one line per screen, layout or showtime that was
 * (or, in a dry run, would be) created `+`, updated `~` or cancelled `-`. Unchanged ones are
 * only counted: a daily sync would otherwise list the whole schedule.
 */
export function syncSummary(result: SyncResult): string[] {
  const { screens, layouts, showtimes } = result;
  const lines = [
    result.dryRun ? `Dry run for theatre ${result.theatreId}: nothing was applied; this is what a sync would do.` : `Synced theatre ${result.theatreId}.`,
    `Window: ${result.window.from} to ${result.window.to}`,
    '',
    `Screens:   ${counts(screens.counts)}`,
    ...listed(screens.created, (screen) => `  + ${named(screen)}`),
    ...listed(screens.updated, (screen) => `  ~ ${named(screen)}: ${screen.changed.join(', ')}`),
    `Layouts:   ${counts(layouts.counts)}`,
    ...listed(layouts.created, (layout) => `  + ${layout.screenExternalRef} version ${layout.version}${layout.layoutId ? ` (${layout.layoutId})` : ''}`),
    `Showtimes: ${counts(showtimes.counts)}`,
    ...listed(showtimes.created, (showtime) => `  + ${named(showtime)}`),
    ...listed(showtimes.updated, (showtime) => `  ~ ${named(showtime)}: ${showtime.changed.join(', ')}`),
    ...listed(showtimes.cancelled, (showtime) => `  - ${named(showtime)}`),
  ];
  if (result.bookingsCancelled > 0) {
    lines.push(`Bookings ${result.dryRun ? 'to cancel' : 'cancelled'} with their showtimes: ${result.bookingsCancelled}`);
  }
  const changes = [screens.counts.created, screens.counts.updated, layouts.counts.created, showtimes.counts.created, showtimes.counts.updated, showtimes.counts.cancelled]
    .reduce((sum, count) => sum + count, 0);
  lines.push('', changes === 0 ? 'Nothing to change.' : `${plural(changes, 'change')} ${result.dryRun ? 'planned' : 'applied'}.`);
  return lines;
}

function listed<T>(items: T[], line: (item: T) => string): string[] {
  const shown = items.slice(0, LISTED_PER_KIND).map(line);
  const rest = items.length - shown.length;
  return rest > 0 ? [...shown, `    … and ${rest} more (--json lists every one)`] : shown;
}

function counts(byOutcome: Record<string, number>): string {
  return Object.entries(byOutcome).map(([outcome, count]) => `${count} ${outcome}`).join(', ');
}

function named(item: Item): string {
  return item.id ? `${item.externalRef} (${item.id})` : item.externalRef;
}
