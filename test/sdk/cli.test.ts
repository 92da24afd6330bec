import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Webhook } from 'standardwebhooks';
import t from 'tap';
import { startWebhookReceiver } from '../helpers/webhook-receiver.ts';
import { waitUntil } from '../helpers/wait-until.ts';
import { webhookDeliveryWorld } from './helpers/webhook-delivery.ts';
import { cinema } from './helpers/world.ts';

/**
 * The `marquee` command, run as a child process exactly as a shell runs it, against the real API
 * on its own database, its relay running so the events feed fills; what the command prints and its
 * exit codes are what is under test.
 */
const repository = fileURLToPath(new URL('../..', import.meta.url));
const world = await webhookDeliveryWorld(t);
const { owner, theatre, movie, showtime } = await cinema(world, 'Shell');
const seller = await world.partner('aggregator', 'Shell Tickets');
const show = await showtime();

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Starts `marquee ...args`; `env` adds to a clean environment with no MARQUEE_* of the caller's. */
function start(args: string[], env: Record<string, string> = {}) {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('MARQUEE_')));
  const child = spawn(process.execPath, ['--import', 'tsx', 'sdk/src/cli/main.ts', ...args], {
    cwd: repository,
    env: { ...inherited, MARQUEE_BASE_URL: world.baseUrl, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { stdout: '', stderr: '' };
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output.stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output.stderr += chunk));
  const done = new Promise<Run>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, ...output }));
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), 40_000);
  void done.finally(() => clearTimeout(timer));
  return {
    child,
    done,
    /** Resolves once stderr matches `pattern`, with the match. */
    async stderrMatch(pattern: RegExp): Promise<RegExpMatchArray> {
      const match = await waitUntil(`marquee to print ${pattern}`, () => {
        const found = output.stderr.match(pattern);
        if (!found && child.exitCode !== null) throw new Error(`marquee exited ${child.exitCode} before printing ${pattern}:\n${output.stderr}`);
        return found;
      }, Boolean);
      return match!;
    },
  };
}

const marquee = (args: string[], env?: Record<string, string>) => start(args, env).done;
const as = (apiKey: string) => ({ MARQUEE_API_KEY: apiKey });

const booked: string[] = [];

async function book(seats: string[]) {
  const hold = await seller.client.holds.create({ showtimeId: show.id, customerRef: 'shell-customer', seats });
  const booking = await seller.client.bookings.create({ holdId: hold.id, payment: { method: 'partner_collected', reference: `pay-${seats.join('-')}` } });
  booked.push(booking.id);
  return booking;
}

/**
 * The owner's feed end once the relay has positioned every booking made so far: following
 * `booking.confirmed` after it sees only bookings made from now on.
 */
async function feedEndAfterBookings() {
  const feed = await waitUntil('the relay to position every booking', () => owner.client.events.list({ limit: 100 }).toArray(), (events) =>
    booked.every((id) => events.some((event) => event.type === 'booking.confirmed' && event.aggregate.id === id)),
  );
  return feed.at(-1)!.position;
}

t.test('--help on every command explains it, its options and the exit codes', async (t) => {
  const commands = ['sync', 'events tail', 'webhooks listen', 'bookings list', 'bookings get', 'bookings cancel'];
  const runs = await Promise.all([['--help'], ...commands.map((command) => [...command.split(' '), '--help']), ['help', 'bookings', 'get'], ['bookings', '-h']].map((args) => marquee(args)));
  for (const run of runs) {
    t.equal(run.code, 0, run.stderr);
    t.match(run.stdout, /^(Usage|marquee)/);
    t.equal(run.stderr, '');
  }
  const [overview, ...pages] = runs;
  for (const command of commands) t.match(overview!.stdout, new RegExp(`\\n  ${command} `), `the overview lists ${command}`);
  t.match(overview!.stdout, /Exit codes:\n {2}0 +ok.*\n {2}1 +the API refused or failed the request\n {2}2 +usage error.*\n {2}3 +could not connect/);
  commands.forEach((command, index) => {
    t.match(pages[index]!.stdout, new RegExp(`^Usage: marquee ${command} `), `${command} --help`);
    t.match(pages[index]!.stdout, /--api-key <key>.*\n.*--base-url <url>.*\n.*--json/);
    t.match(pages[index]!.stdout, /Exit codes:\n {2}0 +ok/);
  });
  t.match(pages[commands.length]!.stdout, /^Usage: marquee bookings get <bookingId>/, 'marquee help <command>');
  t.match(pages[commands.length + 1]!.stdout, /bookings list .*\n.*bookings get .*\n.*bookings cancel /, 'a group lists its commands');
  t.match(await marquee(['--version']), { code: 0, stdout: /^\d+\.\d+\.\d+\n$/ });
});

t.test('usage mistakes exit 2 with one line naming the fix, before anything is sent', async (t) => {
  const [unknownCommand, unknownFlag, missingTheatre, noKey, badLimit, noCommand] = await Promise.all([
    marquee(['bookings', 'refund', 'bkg_1'], as(seller.apiKey)),
    marquee(['bookings', 'list', '--colour', 'red'], as(seller.apiKey)),
    marquee(['sync', 'schedule.json'], as(owner.apiKey)),
    marquee(['bookings', 'list']),
    marquee(['events', 'tail', '--limit', 'many'], as(owner.apiKey)),
    marquee([]),
  ]);
  t.match(unknownCommand, { code: 2, stdout: '', stderr: /^marquee: unknown command 'bookings refund' \(see `marquee bookings --help`\)\n$/ });
  t.match(unknownFlag, { code: 2, stdout: '', stderr: /^marquee: Unknown option '--colour' \(see `marquee bookings list --help`\)\n$/ });
  t.match(missingTheatre, { code: 2, stderr: /^marquee: sync needs --theatre <theatreId>/ });
  t.match(noKey, { code: 2, stderr: /^marquee: no API key: set MARQUEE_API_KEY or pass --api-key/ });
  t.match(badLimit, { code: 2, stderr: /--limit takes a whole number at least 1, not 'many'/ });
  t.match(noCommand, { code: 2, stdout: '', stderr: /Usage: marquee <command>/ });
});

t.test('a bad API key gives exit 1 and one readable line, without the key or a stack trace', async (t) => {
  const badKey = 'mq_test_NotARealKeyNotARealKeyNotARealKey0123';
  for (const json of [false, true]) {
    const run = await marquee(['bookings', 'list', ...(json ? ['--json'] : [])], as(badKey));
    t.equal(run.code, 1);
    const lines = run.stderr.split('\n').filter(Boolean);
    t.equal(lines.length, 1, run.stderr);
    t.match(lines[0], /^marquee: The API key is missing, unknown or revoked: .* \(401 invalid_api_key, request req_\w+\) Check MARQUEE_API_KEY or --api-key\.$/);
    t.notMatch(run.stderr + run.stdout, badKey);
    t.notMatch(run.stderr, /\n\s+at /);
    if (json) t.match(JSON.parse(run.stdout), { error: { kind: 'api', status: 401, code: 'invalid_api_key' } });
    else t.equal(run.stdout, '');
  }
});

t.test('no API to talk to exits 3 with one line', async (t) => {
  const run = await marquee(['bookings', 'get', 'bkg_1', '--base-url', 'http://127.0.0.1:9'], as(seller.apiKey));
  t.equal(run.code, 3);
  t.match(run.stderr, /^marquee: Could not reach the Marquee API at http:\/\/127\.0\.0\.1:9: .*\n$/);
});

t.test('bookings list, get and cancel, as text and as JSON', async (t) => {
  const first = await book(['A1', 'A2']);
  const second = await book(['B5']);

  const [listed, listedJson, atTheatre] = await Promise.all([
    marquee(['bookings', 'list'], as(seller.apiKey)),
    marquee(['bookings', 'list', '--json', '--limit', '1'], as(seller.apiKey)),
    marquee(['bookings', 'list', '--theatre', theatre.id, '--status', 'confirmed', '--json'], as(owner.apiKey)),
  ]);
  t.equal(listed.code, 0, listed.stderr);
  const [header, ...rows] = listed.stdout.trim().split('\n');
  t.match(header, /^ID\s+REFERENCE\s+STATUS\s+SEATS\s+TOTAL\s+SHOWTIME\s+CREATED$/);
  t.match(rows[0], new RegExp(`^${second.id}\\s+${second.reference}\\s+confirmed\\s+B5\\s+INR 250\\.00\\s+${show.id}`), 'newest first');
  t.match(rows[1], new RegExp(`^${first.id}\\s+${first.reference}\\s+confirmed\\s+A1,A2\\s+INR 500\\.00`));
  t.same(JSON.parse(listedJson.stdout).map((booking: { id: string }) => booking.id), [second.id], '--limit caps the list; stdout is one JSON document');
  t.equal(listedJson.stderr, '');
  t.same(JSON.parse(atTheatre.stdout).map((booking: { id: string }) => booking.id), [second.id, first.id], 'a theatre partner lists the bookings at its theatres');

  const [shown, shownJson] = await Promise.all([
    marquee(['bookings', 'get', first.id], as(seller.apiKey)),
    marquee(['bookings', 'get', first.id, '--json'], as(owner.apiKey)),
  ]);
  t.equal(shown.code, 0, shown.stderr);
  t.match(shown.stdout, new RegExp(`Booking:\\s+${first.id}\\n`));
  t.match(shown.stdout, new RegExp(`Reference:\\s+${first.reference}\\n`));
  t.match(shown.stdout, /Total:\s+INR 500\.00\n/);
  t.match(shown.stdout, /Seats:\n\s+SEAT\s+CATEGORY\s+BASE\s+DISCOUNTS\s+PRICE\n\s+A1\s+standard\s+INR 250\.00/);
  t.same(JSON.parse(shownJson.stdout), await owner.client.bookings.retrieve(first.id));

  const cancelled = await marquee(['bookings', 'cancel', first.id, '--reason', 'Customer changed plans'], as(seller.apiKey));
  t.equal(cancelled.code, 0, cancelled.stderr);
  t.equal(cancelled.stdout, `Cancelled booking ${first.id} (${first.reference}); refund INR 500.00 succeeded.\n`);
  t.match(await seller.client.bookings.retrieve(first.id), { status: 'cancelled', cancellation: { reason: 'Customer changed plans' } });

  const cancelledJson = await marquee(['bookings', 'cancel', second.id, '--json'], as(seller.apiKey));
  t.match(JSON.parse(cancelledJson.stdout), { id: second.id, status: 'cancelled', cancellation: { cause: 'requested' } });

  const again = await marquee(['bookings', 'cancel', first.id], as(seller.apiKey));
  t.equal(again.code, 1);
  t.match(again.stderr, /^marquee: .*\(409 booking_cancelled, request req_\w+\)\n$/);
  const missing = await marquee(['bookings', 'get', 'bkg_01JDQB1B2C3D4E5F6G7H8J9K0M'], as(seller.apiKey));
  t.match(missing, { code: 1, stdout: '', stderr: /^marquee: .*\(404 not_found, request req_\w+\)\n$/ });
});

t.test('a refusal prints its title, detail and every field problem', async (t) => {
  const run = await marquee(['bookings', 'list', '--date', '27-11-2026', '--theatre', `thr_${'x'.repeat(80)}`], as(owner.apiKey));
  t.equal(run.code, 1);
  const [headline, ...issues] = run.stderr.trim().split('\n');
  t.match(headline, /^marquee: The request is not valid: .*\(400 validation_failed, request req_\w+\)$/);
  t.match(issues.join('\n'), /\/query\/date: /);
  t.match(issues.join('\n'), /\/query\/theatreId: /);
});

t.test('sync shows a dry run, then applies the file and prints the diff', async (t) => {
  const directory = await mkdtemp(join(tmpdir(), 'marquee-cli-'));
  t.teardown(() => rm(directory, { recursive: true, force: true }));
  const price = [{ category: 'standard', price: { amount: 30_000, currency: 'INR' } }];
  const schedule = {
    window: { from: '2030-03-01T00:00:00+05:30', to: '2030-03-02T00:00:00+05:30' },
    screens: [{ externalRef: 'audi-9', name: 'Audi 9', layout: { rows: [{ label: 'A', seats: [1, 2, 3].map((number) => ({ number, category: 'standard' })) }] } }],
    showtimes: [
      { externalRef: 'mat-1', screenExternalRef: 'audi-9', movieId: movie.id, startsAtLocal: '2030-03-01T10:00', language: 'en', format: '2D', prices: price },
      { externalRef: 'eve-1', screenExternalRef: 'audi-9', movieId: movie.id, startsAtLocal: '2030-03-01T19:00', language: 'en', format: '2D', prices: price },
    ],
  };
  const file = join(directory, 'schedule.json');
  await writeFile(file, JSON.stringify(schedule));

  const dry = await marquee(['sync', file, '--theatre', theatre.id, '--dry-run'], as(owner.apiKey));
  t.equal(dry.code, 0, dry.stderr);
  t.match(dry.stdout, /^Dry run for theatre thr_\w+: nothing was applied/);
  t.match(dry.stdout, /Screens: {3}1 created, 0 updated, 0 unchanged\n {2}\+ audi-9\n/);
  t.match(dry.stdout, /Showtimes: 2 created, 0 updated, 0 unchanged, 0 cancelled\n {2}\+ mat-1\n {2}\+ eve-1\n/);
  t.match(dry.stdout, /\n4 changes planned\.\n$/);
  t.equal(dry.stderr, 'Planning: 1/1 requests\n', 'stderr is no terminal: plain progress lines, no bar');
  t.equal((await owner.client.partner.screens.list(theatre.id).toArray()).some((screen) => screen.externalRef === 'audi-9'), false, 'the dry run applied nothing');

  const applied = await marquee(['sync', file, '--theatre', theatre.id], as(owner.apiKey));
  t.equal(applied.code, 0, applied.stderr);
  t.match(applied.stdout, /^Synced theatre thr_\w+\./);
  t.match(applied.stdout, /Layouts: {3}1 created, 0 unchanged\n {2}\+ audi-9 version 1 \(lay_\w+\)\n/);
  t.match(applied.stdout, /Showtimes: 2 created.*\n {2}\+ mat-1 \(shw_\w+\)\n {2}\+ eve-1 \(shw_\w+\)\n/);
  const held = await owner.client.partner.showtimes.list(theatre.id, { from: '2030-03-01', to: '2030-03-01' }).toArray();
  t.same(held.map((showtime) => showtime.externalRef).sort(), ['eve-1', 'mat-1']);

  schedule.showtimes = [{ ...schedule.showtimes[0]!, startsAtLocal: '2030-03-01T11:00' }];
  await writeFile(file, JSON.stringify(schedule));
  const changed = await marquee(['sync', file, '--theatre', theatre.id, '--json'], as(owner.apiKey));
  t.equal(changed.code, 0, changed.stderr);
  const result = JSON.parse(changed.stdout);
  t.match(result, {
    dryRun: false,
    showtimes: { counts: { created: 0, updated: 1, unchanged: 0, cancelled: 1 }, updated: [{ externalRef: 'mat-1', changed: ['startsAt'] }], cancelled: [{ externalRef: 'eve-1' }] },
    requests: [{ replayed: false, requestId: /^req_/ }],
  });

  await writeFile(file, '{ "window": ');
  t.match(await marquee(['sync', file, '--theatre', theatre.id], as(owner.apiKey)), { code: 2, stderr: /is not valid JSON/ });
});

t.test('events tail prints the feed after a position and stops at --limit', async (t) => {
  const position = await feedEndAfterBookings();
  const first = await book(['C1']);
  const second = await book(['C4']);
  const [asJson, asText] = await Promise.all([
    marquee(['events', 'tail', '--after', position, '--type', 'booking.confirmed', '--limit', '2', '--json'], as(owner.apiKey)),
    marquee(['events', 'tail', '--after', position, '--type', 'booking.confirmed', '--limit', '2'], as(owner.apiKey)),
  ]);
  t.equal(asJson.code, 0, asJson.stderr);
  const events = asJson.stdout.trim().split('\n').map((line) => JSON.parse(line));
  t.match(events, [
    { id: /^evt_/, type: 'booking.confirmed', aggregate: { type: 'booking', id: first.id }, position: /.+/ },
    { id: /^evt_/, type: 'booking.confirmed', aggregate: { type: 'booking', id: second.id }, position: /.+/ },
  ], 'one JSON line per event, in feed order');
  t.equal(events.length, 2);
  t.equal(asJson.stderr, '');
  t.equal(asText.code, 0, asText.stderr);
  const lines = asText.stdout.trim().split('\n');
  t.equal(lines.length, 2);
  t.match(lines[0], new RegExp(`booking\\.confirmed\\s+${events[0].id}\\s+booking ${first.id} v1$`));
  t.match(lines[1], new RegExp(`booking\\.confirmed\\s+${events[1].id}\\s+booking ${second.id} v1$`));
  t.match(asText.stderr, new RegExp(`2 events; resume with --after ${events[1].position}\\n$`));

  const following = start(['events', 'tail'], as(owner.apiKey));
  await following.stderrMatch(/Waiting for events/);
  following.child.kill('SIGINT');
  t.match(await following.done, { code: 0, stdout: '', stderr: /\n0 events\n$/ }, 'Ctrl-C ends the tail as a normal stop');
});

t.test('webhooks listen forwards each event signed with the secret it prints, retrying a failure', async (t) => {
  const receiver = await startWebhookReceiver();
  t.teardown(() => receiver.close());
  let secret = '';
  const verified: unknown[] = [];
  const target = receiver.endpoint('/hooks', (request, count) => {
    // The first attempt fails, as a receiver that is restarting would: the CLI must try again.
    if (count === 1) return { status: 503 };
    verified.push(new Webhook(secret).verify(request.body, request.headers as Record<string, string>));
    return { status: 204 };
  });

  const listener = start(['webhooks', 'listen', '--forward-to', target, '--type', 'booking.confirmed', '--limit', '1'], as(owner.apiKey));
  secret = (await listener.stderrMatch(/Signing secret: (whsec_\S+)/))[1]!;
  await listener.stderrMatch(/Waiting for events/);
  const booking = await book(['C2', 'C3']);
  const run = await listener.done;

  t.equal(run.code, 0, run.stderr);
  const requests = receiver.on('/hooks');
  t.equal(requests.length, 2, 'one failed attempt and its retry');
  t.equal(verified.length, 1, 'the retry verifies with the printed secret');
  const event = verified[0] as { id: string; type: string; aggregate: { id: string }; data: { id: string }; position?: string };
  t.match(event, { id: /^evt_/, type: 'booking.confirmed', aggregate: { type: 'booking', id: booking.id }, data: { id: booking.id } });
  t.notOk('position' in event, 'the body is the envelope a live delivery sends');
  t.same(Object.keys(event), ['id', 'type', 'createdAt', 'aggregate', 'data']);
  for (const request of requests) {
    t.equal(request.headers['webhook-id'], event.id, 'webhook-id is the event id on every attempt');
    t.equal(request.headers['content-type'], 'application/json');
  }
  t.match(run.stderr, new RegExp(`${event.id}: attempt 1 of 4 got status 503; retrying in 0.5 s`));
  t.match(run.stdout, new RegExp(`^\\[204\\] .*booking\\.confirmed\\s+${event.id}\\s+booking ${booking.id}`));
});
