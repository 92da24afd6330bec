import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { request } from 'undici';

/**
 * `npm run admin -- <resource> <action> [args] [--options]`: the admin API from a shell. It speaks
 * HTTP to a running Marquee like any client, so what it does is authorized, validated and audited
 * exactly as the API does it.
 */
const usage = `Usage: npm run admin -- <command> [options]

  partners create --name <name> --kind theatre|aggregator
  partners list [--kind theatre|aggregator] [--status active|suspended]
  partners get <partnerId>
  partners suspend <partnerId>
  partners reinstate <partnerId>
  keys issue <partnerId> --name <name> --scopes read,inventory:write,bookings:write,webhooks:manage
  keys list <partnerId>
  keys revoke <partnerId> <keyId>
  cities create --name <name> --country <ISO 3166 code> --time-zone <IANA zone>
  cities update <cityId> [--name <name>] [--time-zone <zone>]
  movies create --title <title> --languages hi,en --genres drama,thriller --duration <minutes>
                [--certification UA] [--release-date YYYY-MM-DD] [--external-id tt0000000] [--synopsis text]
                [--localized-title hi=<title>]...
  movies update <movieId> [any option of movies create]
  movies get <movieId>
  audit [--partner <partnerId>] [--from <ISO time>] [--to <ISO time>]

Options for every command:
  --url <base URL>   the API (default: $MARQUEE_URL or http://127.0.0.1:3000)
  The admin key comes from $ADMIN_API_KEY, else from .data/demo-credentials.json of a local start.`;

type Options = Record<string, string | string[] | boolean | undefined>;
type Call = { method: 'GET' | 'POST' | 'PATCH'; path: string; body?: object; query?: Record<string, string | undefined> };

const list = (value: unknown) => (typeof value === 'string' ? value.split(',').map((item) => item.trim()).filter(Boolean) : undefined);
const integer = (value: unknown) => (typeof value === 'string' ? Number(value) : undefined);

function movieBody(options: Options) {
  const localized = (options['localized-title'] as string[] | undefined)?.map((pair) => {
    const separator = pair.indexOf('=');
    return [pair.slice(0, separator), pair.slice(separator + 1)];
  });
  return withoutUndefined({
    title: options['title'],
    languages: list(options['languages']),
    genres: list(options['genres']),
    durationMinutes: integer(options['duration']),
    certification: options['certification'],
    releaseDate: options['release-date'],
    externalId: options['external-id'],
    synopsis: options['synopsis'],
    localizedTitles: localized ? Object.fromEntries(localized) : undefined,
  });
}

function withoutUndefined(object: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

/** Maps a command line onto one API call. */
function callFor(resource: string, action: string, args: string[], options: Options): Call {
  const [first, second] = args;
  const need = (value: string | undefined, name: string) => {
    if (!value) throw new UsageError(`${resource} ${action} needs a ${name}`);
    return value;
  };
  switch (`${resource} ${action}`) {
    case 'partners create': return { method: 'POST', path: '/v1/admin/partners', body: { name: options['name'], kind: options['kind'] } };
    case 'partners list': return { method: 'GET', path: '/v1/admin/partners', query: { kind: options['kind'] as string, status: options['status'] as string, limit: '100' } };
    case 'partners get': return { method: 'GET', path: `/v1/admin/partners/${need(first, 'partner id')}` };
    case 'partners suspend':
    case 'partners reinstate': return { method: 'POST', path: `/v1/admin/partners/${need(first, 'partner id')}/${action}` };
    case 'keys issue': return { method: 'POST', path: `/v1/admin/partners/${need(first, 'partner id')}/keys`, body: { name: options['name'], scopes: list(options['scopes']) } };
    case 'keys list': return { method: 'GET', path: `/v1/admin/partners/${need(first, 'partner id')}/keys`, query: { limit: '100' } };
    case 'keys revoke': return { method: 'POST', path: `/v1/admin/partners/${need(first, 'partner id')}/keys/${need(second, 'key id')}/revoke` };
    case 'cities create': return { method: 'POST', path: '/v1/admin/cities', body: { name: options['name'], country: options['country'], timeZone: options['time-zone'] } };
    case 'cities update': return { method: 'PATCH', path: `/v1/admin/cities/${need(first, 'city id')}`, body: withoutUndefined({ name: options['name'], timeZone: options['time-zone'] }) };
    case 'movies create': return { method: 'POST', path: '/v1/admin/movies', body: movieBody(options) };
    case 'movies update': return { method: 'PATCH', path: `/v1/admin/movies/${need(first, 'movie id')}`, body: movieBody(options) };
    case 'movies get': return { method: 'GET', path: `/v1/admin/movies/${need(first, 'movie id')}` };
    default:
      if (resource === 'audit') {
        return { method: 'GET', path: '/v1/admin/audit-log', query: { partnerId: options['partner'] as string, from: options['from'] as string, to: options['to'] as string, limit: '100' } };
      }
      throw new UsageError(`unknown command: ${resource} ${action ?? ''}`.trim());
  }
}

class UsageError extends Error {}

async function adminKey(): Promise<string> {
  if (process.env.ADMIN_API_KEY) return process.env.ADMIN_API_KEY;
  const path = resolve(process.env.DATA_DIR ?? '.data', 'demo-credentials.json');
  try {
    const key = JSON.parse(await readFile(path, 'utf8')).adminApiKey;
    if (typeof key === 'string') return key;
  } catch {
    // fall through to the message below
  }
  throw new UsageError(`no admin key: set ADMIN_API_KEY, or run \`npm start\` once so ${path} holds one`);
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      url: { type: 'string' }, name: { type: 'string' }, kind: { type: 'string' }, status: { type: 'string' },
      scopes: { type: 'string' }, country: { type: 'string' }, 'time-zone': { type: 'string' }, title: { type: 'string' },
      languages: { type: 'string' }, genres: { type: 'string' }, duration: { type: 'string' }, certification: { type: 'string' },
      'release-date': { type: 'string' }, 'external-id': { type: 'string' }, synopsis: { type: 'string' },
      'localized-title': { type: 'string', multiple: true }, partner: { type: 'string' }, from: { type: 'string' },
      to: { type: 'string' }, help: { type: 'boolean', short: 'h' },
    },
  });
  const [resource, action, ...args] = positionals;
  if (values.help || !resource) {
    console.log(usage);
    return values.help ? 0 : 2;
  }
  const call = callFor(resource, action ?? '', args, values);
  const base = values.url ?? process.env.MARQUEE_URL ?? 'http://127.0.0.1:3000';
  const url = new URL(call.path, base);
  for (const [name, value] of Object.entries(call.query ?? {})) if (value !== undefined) url.searchParams.set(name, value);
  const response = await request(url, {
    method: call.method,
    headers: {
      authorization: `Bearer ${await adminKey()}`,
      ...(call.body ? { 'content-type': 'application/json' } : {}),
      // A key per invocation: a network retry inside this call can never apply the change twice.
      ...(call.method === 'GET' ? {} : { 'idempotency-key': randomUUID() }),
    },
    body: call.body ? JSON.stringify(call.body) : undefined,
  });
  const text = await response.body.text();
  const body = text ? JSON.parse(text) : null;
  if (response.statusCode >= 400) {
    console.error(`${response.statusCode} ${body?.code ?? ''}: ${body?.detail ?? text}`);
    for (const issue of body?.errors ?? []) console.error(`  ${issue.path}: ${issue.message}`);
    return 1;
  }
  console.log(JSON.stringify(body, null, 2));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof UsageError ? `${error.message}\n\n${usage}` : `admin: ${(error as Error).message}`);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
