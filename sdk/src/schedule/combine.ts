import type { ResponseBody } from '../types.ts';

/**
 * The answers of a split sync folded into the one answer the whole document would have had.
 * An item two requests both concerned (the first block is repeated with the screens, a dry run
 * repeats the screens its showtimes name) counts once, with its first outcome: the later request
 * only found it as the earlier one left it (or, dry, planned it again).
 */

export type ScheduleSyncResult = ResponseBody<'syncSchedule'>;

type Outcomes<Group> = { [Outcome in Exclude<keyof Group, 'counts'>]: Group[Outcome] };

function fold<Group extends { counts: Record<string, number> }>(groups: Group[], outcomes: (keyof Outcomes<Group>)[], keyOf: (item: never) => string): Group {
  const seen = new Set<string>();
  const folded: Record<string, unknown[]> = {};
  for (const outcome of outcomes) folded[outcome as string] = [];
  for (const group of groups) {
    for (const outcome of outcomes) {
      for (const item of group[outcome] as never[]) {
        const key = keyOf(item);
        if (seen.has(key)) continue;
        seen.add(key);
        folded[outcome as string]!.push(item);
      }
    }
  }
  const counts = Object.fromEntries(outcomes.map((outcome) => [outcome, folded[outcome as string]!.length]));
  return { counts, ...folded } as unknown as Group;
}

export function combineResults(
  results: ScheduleSyncResult[],
  whole: { theatreId: string; dryRun: boolean; window: { from: string; to: string } },
): ScheduleSyncResult {
  const byRef = (item: { externalRef: string }) => item.externalRef;
  return {
    theatreId: results[0]?.theatreId ?? whole.theatreId,
    dryRun: whole.dryRun,
    window: whole.window,
    screens: fold(results.map((result) => result.screens), ['created', 'updated', 'unchanged'], byRef),
    layouts: fold(results.map((result) => result.layouts), ['created', 'unchanged'], (item: { screenExternalRef: string }) => item.screenExternalRef),
    showtimes: fold(results.map((result) => result.showtimes), ['created', 'updated', 'unchanged', 'cancelled'], byRef),
    bookingsCancelled: results.reduce((total, result) => total + result.bookingsCancelled, 0),
  };
}
