import { EVENT_TYPES, isEventType, type EventType, type FeedEvent, type Marquee } from '../index.ts';
import { integerOption, positionalArguments, stringOption, stringsOption, type Command, type CommandContext, type OptionValues } from './command.ts';
import { EXIT, UsageError } from './failure.ts';
import { wrap } from './format.ts';

/** The flags `events tail` and `webhooks listen` share: where to start, which types, how many. */
export const FEED_OPTIONS: Command['options'] = {
  after: { type: 'string', value: '<position>', description: "resume after this event `position` (default: only events from now on)" },
  'from-start': { type: 'boolean', description: 'start with the oldest event the feed keeps (30 days)' },
  type: { type: 'string', multiple: true, value: '<type>', description: 'only events of this type (see Event types above); repeat it or separate types with commas' },
  limit: { type: 'string', value: '<n>', description: 'stop after n events (default: run until Ctrl-C)' },
};

/** The event types, wrapped for a help page. */
export const EVENT_TYPES_HELP = `Event types:\n${wrap(EVENT_TYPES.join(', '), 96).map((line) => `  ${line}`).join('\n')}`;

export interface FeedSelection {
  /** Where to start: after a position, from the feed's start, or from its end (now). */
  start: { after: string } | 'oldest' | 'now';
  types: EventType[] | undefined;
  limit: number | undefined;
}

export function feedSelection(command: Command, values: OptionValues): FeedSelection {
  const types = stringsOption(values, 'type').flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);
  const unknown = types.find((type) => !isEventType(type));
  if (unknown) throw new UsageError(`unknown event type '${unknown}'; the types are ${EVENT_TYPES.join(', ')}`, command.name);
  const after = stringOption(command, values, 'after');
  if (after !== undefined && values['from-start'] === true) throw new UsageError('pass --after or --from-start, not both', command.name);
  return {
    start: after !== undefined ? { after } : values['from-start'] === true ? 'oldest' : 'now',
    types: types.length > 0 ? (types as EventType[]) : undefined,
    limit: integerOption(command, values, 'limit', { min: 1 }),
  };
}

/**
 * The feed from `selection`, until Ctrl-C (SIGINT or SIGTERM) or `limit` events; each event goes to
 * `onEvent` before the next is read. `onStart` hears when the start is known: an event from then
 * on is followed. Resolves with the count and the position of the last event handled.
 */
export async function followFeed(
  context: CommandContext, selection: FeedSelection,
  handlers: { onStart(): void; onEvent(event: FeedEvent, signal: AbortSignal): Promise<void> | void },
) {
  const signal = context.untilInterrupted();
  const client = context.client();
  let count = 0;
  let position: string | undefined;
  try {
    const after = typeof selection.start === 'object' ? selection.start.after : selection.start === 'now' ? await feedEnd(client, signal) : undefined;
    handlers.onStart();
    for await (const event of client.events.follow({ after, types: selection.types, signal })) {
      await handlers.onEvent(event, signal);
      position = event.position;
      if (selection.limit !== undefined && ++count >= selection.limit) break;
    }
  } catch (error) {
    if (!signal.aborted) throw error;
  }
  return { count, position };
}

/**
 * The position of the newest event, so following starts with what happens next. The feed has no
 * "latest" query: this reads it to its end once, a page of 100 per request.
 */
async function feedEnd(client: Marquee, signal: AbortSignal): Promise<string | undefined> {
  let position: string | undefined;
  for await (const event of client.events.list({ limit: 100 }, { signal })) position = event.position;
  return position;
}

const tail: Command = {
  name: 'events tail',
  arguments: '[options]',
  summary: 'Print your events as they happen.',
  description:
    'Print your events as they happen, in feed order, until Ctrl-C (or --limit). With --json, one JSON\n' +
    'event per line, with its `position`: pass the last one as --after to resume where you stopped.\n\n' +
    EVENT_TYPES_HELP,
  options: FEED_OPTIONS,
  examples: ['marquee events tail --type booking.confirmed --type booking.cancelled', 'marquee events tail --after <position> --limit 100 --json'],
  async run(context, { values, positionals }) {
    positionalArguments(this, positionals, []);
    const selection = feedSelection(this, values);
    const { count, position } = await followFeed(context, selection, {
      onStart: () => {
        if (!context.out.json) context.out.note('Waiting for events (Ctrl-C to stop)…');
      },
      onEvent: (event) => context.out.item(event, describeEvent),
    });
    if (!context.out.json) context.out.note(`${count} events${position ? `; resume with --after ${position}` : ''}`);
    return EXIT.ok;
  },
};

export function describeEvent(event: Omit<FeedEvent, 'position'>): string {
  return `${event.createdAt}  ${event.type.padEnd(18)}  ${event.id}  ${event.aggregate.type} ${event.aggregate.id} v${event.aggregate.version}`;
}

export const eventCommands: Command[] = [tail];
