import type { ScreenPlan } from './plan-screens.ts';
import type { ShowtimePlan } from './plan-showtimes.ts';

/**
 * The answer, the same for a dry run and a real one: every item the document concerned, by
 * outcome, in document order (cancellations by start). What a dry run would create has no id yet.
 */
export function syncResult(params: {
  theatreId: string;
  dryRun: boolean;
  window: { from: Date; to: Date };
  screens: ScreenPlan[];
  showtimes: ShowtimePlan;
  bookingsCancelled: number;
}) {
  const { dryRun, screens, showtimes } = params;
  const newId = (id: string) => (dryRun ? null : id);
  const screenItem = (screen: ScreenPlan) => ({ id: screen.outcome === 'created' ? newId(screen.id) : screen.id, externalRef: screen.externalRef });
  const layoutItem = (screen: ScreenPlan) => ({
    screenId: screen.outcome === 'created' ? newId(screen.id) : screen.id,
    screenExternalRef: screen.externalRef,
    layoutId: screen.layout!.outcome === 'created' ? newId(screen.layout!.id) : screen.layout!.id,
    version: screen.layout!.version,
  });
  const byOutcome = <T extends { outcome: string }>(items: T[], outcome: string) => items.filter((item) => item.outcome === outcome);
  const withLayouts = screens.filter((screen) => screen.layout !== undefined);
  const layoutsCreated = withLayouts.filter((screen) => screen.layout!.outcome === 'created');
  const layoutsUnchanged = withLayouts.filter((screen) => screen.layout!.outcome === 'unchanged');

  return {
    theatreId: params.theatreId,
    dryRun,
    window: { from: params.window.from.toISOString(), to: params.window.to.toISOString() },
    screens: {
      counts: {
        created: byOutcome(screens, 'created').length,
        updated: byOutcome(screens, 'updated').length,
        unchanged: byOutcome(screens, 'unchanged').length,
      },
      created: byOutcome(screens, 'created').map(screenItem),
      updated: byOutcome(screens, 'updated').map((screen) => ({ id: screen.id, externalRef: screen.externalRef, changed: screen.changed })),
      unchanged: byOutcome(screens, 'unchanged').map(screenItem),
    },
    layouts: {
      counts: { created: layoutsCreated.length, unchanged: layoutsUnchanged.length },
      created: layoutsCreated.map(layoutItem),
      unchanged: layoutsUnchanged.map(layoutItem),
    },
    showtimes: {
      counts: {
        created: showtimes.created.length,
        updated: showtimes.updated.length,
        unchanged: showtimes.unchanged.length,
        cancelled: showtimes.cancelled.length,
      },
      created: showtimes.created.map((item) => ({ id: newId(item.row.id), externalRef: item.row.externalRef })),
      updated: showtimes.updated.map((item) => ({ id: item.held.id, externalRef: item.held.externalRef, changed: item.changed })),
      unchanged: showtimes.unchanged.map((item) => ({ id: item.held.id, externalRef: item.held.externalRef })),
      cancelled: showtimes.cancelled.map((showtime) => ({ id: showtime.id, externalRef: showtime.externalRef })),
    },
    bookingsCancelled: params.bookingsCancelled,
  };
}

export type ScheduleSyncResult = ReturnType<typeof syncResult>;

/** Whether applying the plan changes anything at all: if not, nothing is written, not even an audit record. */
export function changesAnything(result: ScheduleSyncResult): boolean {
  const { screens, layouts, showtimes } = result;
  return screens.counts.created + screens.counts.updated + layouts.counts.created + showtimes.counts.created + showtimes.counts.updated + showtimes.counts.cancelled > 0;
}
