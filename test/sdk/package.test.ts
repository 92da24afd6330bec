import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { deleteQueueKeys, requireRedis } from '../helpers/redis.ts';
import { webhookTestEnv } from '../webhooks/delivery-world.ts';
import { cinema, sdkWorld } from './helpers/world.ts';

/**
 * What a partner gets from `npm install @marquee/sdk`: the package is built and packed as it
 * would be published, installed from its tarball into an empty project, type-checked there under
 * `strict` from ES modules and CommonJS, run against a live API, and its `marquee` command run.
 */

const REPOSITORY = fileURLToPath(new URL('../..', import.meta.url));
const MINUTE = 60_000;

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command without blocking this process: the API under test answers from its event loop. */
function run(command: string, args: string[], options: { cwd: string; env?: Record<string, string>; timeout?: number }): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd: options.cwd, env: childEnv(options.env), timeout: options.timeout ?? MINUTE, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
      resolve({ code, stdout, stderr: error?.killed ? `${stderr}\n(killed after ${options.timeout ?? MINUTE} ms)` : stderr });
    });
  });
}

/**
 * A partner's shell, not ours: no tap hooks in NODE_OPTIONS, no npm_config_local_prefix pointing
 * npm at this repository, no workspace `node_modules/.bin` on PATH (whose `marquee` is the
 * workspace's, not the tarball's). The npm cache and registry settings stay: installs are offline.
 */
function childEnv(extra: Record<string, string> = {}): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && /^(HOME|TMPDIR|LANG|npm_config_(cache|userconfig|registry)|https?_proxy|no_proxy)$/i.test(name)) kept[name] = value;
  }
  const path = (process.env.PATH ?? '').split(delimiter).filter((dir) => !dir.includes('node_modules')).join(delimiter);
  return { ...kept, PATH: path, ...extra };
}

const said = (outcome: Outcome) => `exit ${outcome.code}\n${outcome.stdout}\n${outcome.stderr}`.trim();

/** `npm pack` in a copy of sdk/ built by its own build script, so the tree's sdk/dist is never rebuilt under other tests. */
async function packSdk(workDir: string): Promise<{ tarball: string; files: string[] }> {
  const stage = join(workDir, 'stage');
  const sdk = join(stage, 'sdk');
  cpSync(join(REPOSITORY, 'sdk'), sdk, { recursive: true, filter: (source) => !/\/sdk\/(dist|node_modules)(\/|$)/.test(source) });
  // The build resolves typescript, @types/node and undici the way the workspace does.
  symlinkSync(join(REPOSITORY, 'node_modules'), join(stage, 'node_modules'), 'dir');
  const built = await run('npm', ['run', 'build'], { cwd: sdk });
  if (built.code !== 0) throw new Error(`the SDK did not build:\n${said(built)}`);
  const packed = await run('npm', ['pack', '--json', '--pack-destination', workDir], { cwd: sdk });
  if (packed.code !== 0) throw new Error(`npm pack failed:\n${said(packed)}`);
  const [manifest] = JSON.parse(packed.stdout) as [{ filename: string; files: { path: string }[] }];
  return { tarball: join(workDir, manifest.filename), files: manifest.files.map((file) => file.path) };
}

/** What a `--json` command printed: one JSON document (a list is its items) or JSON lines; unparsable text is kept as a string. */
function jsonValues(text: string): unknown[] {
  try {
    const value = JSON.parse(text) as unknown;
    return Array.isArray(value) ? value : [value];
  } catch {
    return text.split('\n').filter((line) => line.trim() !== '').map((line) => {
      try {
        return JSON.parse(line) as unknown;
      } catch {
        return line;
      }
    });
  }
}

/** Every file `main`, `module`, `types` and `exports` name. */
function entryPoints(manifest: Record<string, unknown>): string[] {
  const found: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') found.push(value.replace(/^\.\//, ''));
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk([manifest.main, manifest.module, manifest.types, manifest.exports]);
  return found;
}

// One program in each module system: hold and book seats, then find them refused to a second
// hold as the SDK's own ConflictError, and say which build of the package was loaded.
const ESM_PROGRAM = `import { ConflictError, Marquee, VERSION } from '@marquee/sdk';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(\`\${name} is not set\`);
  return value;
};
const marquee = new Marquee({ baseUrl: env('MARQUEE_BASE_URL'), apiKey: env('MARQUEE_API_KEY') });
const showtimeId = env('SHOWTIME_ID');
const seats = env('SEATS').split(',');
try {
  const hold = await marquee.holds.create({ showtimeId, customerRef: 'esm-customer', seats });
  const booking = await marquee.bookings.create({ holdId: hold.id, payment: { method: 'partner_collected', reference: 'esm-payment' } });
  const again: string = await marquee.holds.create({ showtimeId, customerRef: 'esm-late', seats }).then(
    () => 'held twice',
    (error: unknown) => (error instanceof ConflictError ? \`ConflictError \${error.code}\` : String(error)),
  );
  const labels: string[] = booking.seats.map((seat) => seat.label);
  console.log(JSON.stringify({ bookingId: booking.id, labels, again, version: VERSION, loaded: import.meta.resolve('@marquee/sdk') }));
} finally {
  await marquee.close();
}
`;

const CJS_PROGRAM = `import sdk = require('@marquee/sdk');

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(\`\${name} is not set\`);
  return value;
}

async function main(): Promise<void> {
  const marquee = new sdk.Marquee({ baseUrl: env('MARQUEE_BASE_URL'), apiKey: env('MARQUEE_API_KEY') });
  const showtimeId = env('SHOWTIME_ID');
  const seats = env('SEATS').split(',');
  try {
    const hold = await marquee.holds.create({ showtimeId, customerRef: 'cjs-customer', seats });
    const booking = await marquee.bookings.create({ holdId: hold.id, payment: { method: 'partner_collected', reference: 'cjs-payment' } });
    const again: string = await marquee.holds.create({ showtimeId, customerRef: 'cjs-late', seats }).then(
      () => 'held twice',
      (error: unknown) => (error instanceof sdk.ConflictError ? \`ConflictError \${error.code}\` : String(error)),
    );
    const labels: string[] = booking.seats.map((seat) => seat.label);
    const manifest = require('@marquee/sdk/package.json') as { version: string };
    console.log(JSON.stringify({ bookingId: booking.id, labels, again, version: sdk.VERSION, manifestVersion: manifest.version, loaded: require.resolve('@marquee/sdk') }));
  } finally {
    await marquee.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
`;

// Calls the compiler must refuse, one per line, at lines 3 and 4 of each file.
const WRONG_ESM = `import { Marquee } from '@marquee/sdk';
const marquee = new Marquee({ baseUrl: 'http://127.0.0.1:1' });
await marquee.catalogue.showtimes.retrieve(42);
await marquee.bookings.create({ holdId: 'hld_1' });
`;
const WRONG_CJS = `import sdk = require('@marquee/sdk');
const marquee = new sdk.Marquee({ baseUrl: 'http://127.0.0.1:1' });
void marquee.holds.create({ customerRef: 'c1', seats: ['A1'] });
void marquee.holds.create({ showtimeId: 'shw_1', seats: 'A1' });
`;

const compilerOptions = { strict: true, module: 'NodeNext', target: 'ES2022', types: ['node'] };

t.setTimeout(3 * MINUTE);

t.test('the packed SDK, installed in a fresh project', async (t) => {
  await requireRedis();
  // The relay must run: the event feed shows only the events it has given a position.
  const queuePrefix = `test-sdk-package-${randomBytes(4).toString('hex')}`;
  t.teardown(() => deleteQueueKeys(queuePrefix));
  const world = await sdkWorld(t, webhookTestEnv(queuePrefix));
  const { showtime } = await cinema(world, 'Packed');
  const show = await showtime();
  const seller = await world.partner('aggregator', 'Packed Tickets');

  const workDir = mkdtempSync(join(tmpdir(), 'marquee-sdk-package-'));
  t.teardown(() => rmSync(workDir, { recursive: true, force: true }));
  const { tarball, files } = await packSdk(workDir);
  const project = join(workDir, 'consumer');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  const installed = await run('npm', ['install', tarball, 'typescript@~5.9', '@types/node@20', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: project, timeout: 2 * MINUTE });
  if (installed.code !== 0) throw new Error(`npm install of the tarball failed:\n${said(installed)}`);
  const tsc = (args: string[]) => run(process.execPath, [join(project, 'node_modules/typescript/bin/tsc'), ...args], { cwd: project });

  t.test('the tarball holds both builds with their types, and no sources', async (t) => {
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules/@marquee/sdk/package.json'), 'utf8')) as Record<string, unknown>;
    for (const file of ['package.json', 'README.md', 'dist/esm/index.js', 'dist/esm/index.d.ts', 'dist/cjs/index.js', 'dist/cjs/index.d.ts', 'dist/cjs/package.json']) {
      t.ok(files.includes(file), `${file} is in the tarball`);
    }
    t.same(files.filter((file) => file !== 'package.json' && file !== 'README.md' && !file.startsWith('dist/')), [], 'nothing but dist/, README.md and package.json');
    t.same(files.filter((file) => /\.(m|c)?ts$/.test(file) && !/\.d\.(m|c)?ts$/.test(file)), [], 'no TypeScript sources');
    const undeclared = files.filter((file) => file.endsWith('.js') && !files.includes(file.replace(/\.js$/, '.d.ts')));
    t.same(undeclared, [], 'every module has its type declarations');
    t.same(entryPoints(manifest).filter((file) => !files.includes(file)), [], 'every entry point of package.json is packed');
    const cjsManifest = JSON.parse(readFileSync(join(project, 'node_modules/@marquee/sdk/dist/cjs/package.json'), 'utf8')) as unknown;
    t.same(cjsManifest, { type: 'commonjs' }, 'dist/cjs is read as CommonJS');
  });

  t.test('a strict TypeScript project type-checks against it, and the compiler refuses wrong calls', async (t) => {
    writeFileSync(join(project, 'book.mts'), ESM_PROGRAM);
    writeFileSync(join(project, 'book.cts'), CJS_PROGRAM);
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { ...compilerOptions, outDir: 'out' }, files: ['book.mts', 'book.cts'] }));
    // Not skipLibCheck: the package's own declarations are checked too.
    const checked = await tsc(['-p', 'tsconfig.json']);
    t.equal(checked.code, 0, 'tsc --strict passes on the ESM and CommonJS programs', { output: said(checked) });

    writeFileSync(join(project, 'wrong.mts'), WRONG_ESM);
    writeFileSync(join(project, 'wrong.cts'), WRONG_CJS);
    writeFileSync(join(project, 'tsconfig.wrong.json'), JSON.stringify({ compilerOptions: { ...compilerOptions, noEmit: true }, files: ['wrong.mts', 'wrong.cts'] }));
    const refused = await tsc(['-p', 'tsconfig.wrong.json']);
    t.not(refused.code, 0, 'tsc fails on the wrong calls');
    // Exactly the wrong lines, and nothing else (an unresolved import would fail elsewhere).
    const errorLines = [...new Set([...refused.stdout.matchAll(/^(wrong\.[mc]ts)\((\d+),\d+\): error TS\d+/gm)].map((match) => `${match[1]}:${match[2]}`))].sort();
    t.same(errorLines, ['wrong.cts:3', 'wrong.cts:4', 'wrong.mts:3', 'wrong.mts:4'], 'each wrong call is an error, and only they are', { output: said(refused) });
  });

  t.test('the ESM and CommonJS builds book seats on a live API', async (t) => {
    const env = { MARQUEE_BASE_URL: world.baseUrl, MARQUEE_API_KEY: seller.apiKey, SHOWTIME_ID: show.id };
    const programs = [
      { file: 'out/book.mjs', seats: ['A1', 'A2'], build: 'dist/esm/index.js' },
      { file: 'out/book.cjs', seats: ['B1'], build: 'dist/cjs/index.js' },
    ];
    for (const program of programs) {
      const ran = await run(process.execPath, [program.file], { cwd: project, env: { ...env, SEATS: program.seats.join(',') } });
      t.equal(ran.code, 0, `node ${program.file} succeeds`, { output: said(ran) });
      if (ran.code !== 0) continue;
      const result = JSON.parse(ran.stdout) as { bookingId: string; labels: string[]; again: string; version: string; manifestVersion?: string; loaded: string };
      t.ok(result.loaded.endsWith(`node_modules/@marquee/sdk/${program.build}`), `${program.file} loads ${program.build} (${result.loaded})`);
      t.same(result.labels, program.seats, 'the booking holds the seats asked for');
      t.equal(result.again, 'ConflictError seats_unavailable', 'a second hold on them is a ConflictError of that build');
      if (result.manifestVersion !== undefined) t.equal(result.version, result.manifestVersion, 'VERSION is the package version');
      const booking = await seller.client.bookings.retrieve(result.bookingId);
      t.equal(booking.status, 'confirmed', 'the API has the booking, confirmed');
    }
  });

  t.test('the marquee command runs from the installed package', async (t) => {
    const bin = 'dist/esm/cli/main.js';
    if (!files.includes(bin)) {
      t.fail(`the tarball has no ${bin}, the target of package.json "bin": marquee: the CLI (sdk/src/cli/main.ts) is not there yet`);
      return;
    }
    const help = await run('npx', ['--no', '--', 'marquee', '--help'], { cwd: project });
    t.equal(help.code, 0, 'npx marquee --help succeeds', { output: said(help) });
    t.match(help.stdout, /\bevents\b/, 'the help names the events command');
    t.match(help.stdout, /\bsync\b/, 'the help names the sync command');

    // `events tail` prints what happens from now on: bookings are made, one seat each half second,
    // until it has printed its one event and ended.
    const env = { MARQUEE_BASE_URL: world.baseUrl, MARQUEE_API_KEY: seller.apiKey };
    let finished = false;
    const tailing = run('npx', ['--no', '--', 'marquee', 'events', 'tail', '--limit', '1', '--json'], { cwd: project, env, timeout: 30_000 }).finally(() => {
      finished = true;
    });
    // What the event may be about: the holds, bookings and the showtime whose seats they took.
    const made = [show.id];
    for (const seat of ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9', 'C10']) {
      if (finished) break;
      const hold = await seller.client.holds.create({ showtimeId: show.id, customerRef: `tail-${seat}`, seats: [seat] });
      const booking = await seller.client.bookings.create({ holdId: hold.id, payment: { method: 'partner_collected', reference: `tail-${seat}` } });
      made.push(hold.id, booking.id);
      // `--json` prints nothing until its event, so nothing says when the tail is listening:
      // bookings keep coming, one each half second, until it has seen one and ended.
      await Promise.race([tailing, sleep(500)]);
    }
    const tail = await tailing;
    t.equal(tail.code, 0, 'npx marquee events tail --limit 1 --json succeeds and ends by itself', { output: said(tail) });
    const printed = jsonValues(tail.stdout) as { id?: string; type?: string; aggregate?: { id?: string } }[];
    t.equal(printed.length, 1, 'it prints one event, as JSON', { output: tail.stdout });
    let event: { id: string; type: string } | undefined;
    for await (const candidate of seller.client.events.list({ limit: 100 })) if (candidate.id === printed[0]?.id) event = candidate;
    t.ok(event, `the event is one of the partner's (${printed[0]?.id})`);
    t.equal(printed[0]?.type, event?.type, 'with its type');
    t.ok(made.includes(printed[0]?.aggregate?.id ?? ''), 'and it is about what was done while it tailed', { printed: printed[0], made });
  });
});
