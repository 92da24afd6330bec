import { generateWebhookSecret, signWebhook } from '../index.ts';
import { positionalArguments, stringOption, type Command } from './command.ts';
import { describeEvent, EVENT_TYPES_HELP, FEED_OPTIONS, feedSelection, followFeed } from './events.ts';
import { EXIT, UsageError } from './failure.ts';
import { FORWARD_ATTEMPTS, forwardEvent, type ForwardAttempt, type ForwardResult } from './forward.ts';

const listen: Command = {
  name: 'webhooks listen',
  arguments: '--forward-to <url> [options]',
  summary: 'Forward your events to a local server, signed like live webhook deliveries.',
  description:
    'Follow your events feed and POST each event to --forward-to exactly as a live delivery would:\n' +
    'the event envelope as the body and Standard Webhooks headers (webhook-id is the event id, a fresh\n' +
    `webhook-timestamp, webhook-signature). A failed forward is retried, ${FORWARD_ATTEMPTS} attempts in all.\n\n` +
    'The signing secret is a local one, printed at start (on stderr) for your receiver to verify\n' +
    "with; it is not your endpoint's secret. Pass --secret to keep the same one across runs. Nothing\n" +
    'is registered with Marquee: this only reads the feed. Runs until Ctrl-C (or --limit).\n\n' +
    EVENT_TYPES_HELP,
  options: {
    'forward-to': { type: 'string', value: '<url>', description: 'where to POST each event, e.g. http://localhost:4242/webhooks' },
    secret: { type: 'string', value: '<whsec_…>', description: 'sign with this secret instead of a new one' },
    ...FEED_OPTIONS,
  },
  examples: ['marquee webhooks listen --forward-to http://localhost:4242/webhooks --type booking.confirmed'],
  async run(context, { values, positionals }) {
    positionalArguments(this, positionals, []);
    const target = forwardTarget(stringOption(this, values, 'forward-to', true), this.name);
    const given = stringOption(this, values, 'secret');
    const secret = given === undefined ? generateWebhookSecret() : checkedSecret(given, this.name);
    const selection = feedSelection(this, values);

    context.out.note(`Forwarding events to ${target.href}`);
    // The one secret this command prints: a local one, so the developer's receiver can verify.
    context.out.note(`Signing secret: ${secret}`);
    let failed = 0;
    const { count } = await followFeed(context, selection, {
      onStart: () => context.out.note('Waiting for events (Ctrl-C to stop)…'),
      onEvent: async (event, signal) => {
        const onAttempt = (attempt: ForwardAttempt) => reportRetry((line) => context.out.note(line), event.id, attempt);
        const result = await forwardEvent(target, secret, event, { signal, onAttempt });
        if (!result.delivered) failed += 1;
        context.out.item({ ...result, createdAt: event.createdAt, aggregate: event.aggregate }, () => describeForward(result, describeEvent(event)));
      },
    });
    if (!context.out.json) context.out.note(`${count} events forwarded${failed > 0 ? `, ${failed} of them without success` : ''}`);
    return EXIT.ok;
  },
};

function forwardTarget(text: string, command: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`--forward-to '${text}' is not a URL`, command);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`--forward-to must be http or https, not ${url.protocol}`, command);
  return url;
}

/** The secret, if it can sign: found out now rather than at the first event. */
function checkedSecret(secret: string, command: string): string {
  try {
    signWebhook(secret, 'evt_check', new Date(), '');
  } catch {
    throw new UsageError('--secret is not a signing secret (whsec_ followed by base64)', command);
  }
  return secret;
}

function reportRetry(note: (line: string) => void, eventId: string, attempt: ForwardAttempt): void {
  if (attempt.retryInMs === undefined) return;
  const answer = attempt.status === null ? `no answer (${attempt.error})` : `status ${attempt.status}`;
  note(`${eventId}: attempt ${attempt.attempt} of ${FORWARD_ATTEMPTS} got ${answer}; retrying in ${attempt.retryInMs / 1000} s`);
}

function describeForward(result: ForwardResult, event: string): string {
  if (result.delivered) return `[${result.status}] ${event}`;
  const answer = result.status === null ? `no answer: ${result.error}` : `status ${result.status}`;
  return `[failed] ${event}  (gave up after ${result.attempts} attempts, ${answer})`;
}

export const webhookCommands: Command[] = [listen];
