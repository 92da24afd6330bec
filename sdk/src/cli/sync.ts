import { readFile } from 'node:fs/promises';
import type { ScheduleDocument, ScheduleSyncOutcome } from '../index.ts';
import { positionalArguments, stringOption, type Command } from './command.ts';
import { EXIT, UsageError } from './failure.ts';
import { Progress } from './progress.ts';
import { syncSummary } from './sync-summary.ts';

export const syncCommand: Command = {
  name: 'sync',
  arguments: '<schedule.json> --theatre <theatreId> [--dry-run]',
  summary: "Make a theatre's schedule on Marquee match a schedule file, and show what changed.",
  description:
    "Make a theatre's schedule on Marquee match <schedule.json> (a ScheduleIn document: a window,\n" +
    'screens, showtimes), and print what changed as a diff: + created, ~ updated, - cancelled.\n' +
    'A large document is sent in several requests, with a progress bar. Running the same file again\n' +
    'after a failure or Ctrl-C resumes it: for 24 hours, what was applied is replayed (the API\n' +
    'answers as it did then) and the rest applied; an edited file is applied afresh.',
  options: {
    theatre: { type: 'string', value: '<theatreId>', description: 'the theatre to sync (thr_…)' },
    'dry-run': { type: 'boolean', description: 'show what would change, apply nothing' },
  },
  examples: ['marquee sync schedule.json --theatre thr_01JDQ6X0A1B2C3D4E5F6G7H8J9 --dry-run', 'marquee sync schedule.json --theatre thr_01JDQ6X0A1B2C3D4E5F6G7H8J9 --json > result.json'],
  async run(context, { values, positionals }) {
    const [file] = positionalArguments(this, positionals, ['<schedule.json>']);
    const theatreId = stringOption(this, values, 'theatre', true);
    const document = await scheduleFrom(file!);
    const signal = context.untilInterrupted();
    const dryRun = values['dry-run'] === true || document.dryRun === true;
    const progress = new Progress(context.out, dryRun ? 'Planning' : 'Syncing');
    let outcome: ScheduleSyncOutcome;
    progress.begin();
    try {
      outcome = await context.client().syncSchedule(theatreId, document, {
        dryRun,
        signal,
        onProgress: ({ done, total }) => progress.update(done, total, 'requests'),
      });
    } catch (error) {
      progress.finish();
      if (signal.aborted) {
        context.out.note('Interrupted: what was applied stays applied; run the same command again to resume.');
        return EXIT.interrupted;
      }
      // The SDK's own checks of the document (its window, its times) are mistakes in the file.
      if ((error instanceof RangeError || error instanceof TypeError) && error.message.startsWith('Marquee: ')) {
        throw new UsageError(`${file}: ${error.message.slice('Marquee: '.length)}`, this.name);
      }
      throw error;
    }
    progress.finish();
    const replayed = outcome.requests.filter((request) => request.replayed).length;
    if (replayed > 0) context.out.note(`${replayed} of ${outcome.requests.length} requests had been applied by an earlier run of this file; their answers were replayed.`);
    context.out.result(outcome, syncSummary);
    return EXIT.ok;
  },
};

async function scheduleFrom(file: string): Promise<ScheduleDocument> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 'sync');
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file} is not valid JSON: ${(error as Error).message}`, 'sync');
  }
  const { window, showtimes } = (document ?? {}) as Record<string, unknown>;
  if (typeof document !== 'object' || Array.isArray(document) || typeof window !== 'object' || window === null || !Array.isArray(showtimes)) {
    throw new UsageError(`${file} must hold a schedule: { "window": { "from", "to" }, "screens": [...], "showtimes": [...] }`, 'sync');
  }
  // The API checks every field and names each bad one; the CLI only checks the shape the splitting relies on.
  return document as ScheduleDocument;
}
