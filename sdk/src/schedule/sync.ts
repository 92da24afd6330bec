import { createHash } from 'node:crypto';
import type { ApiPromise } from '../api-promise.ts';
import { MarqueeError, errorFor } from '../errors.ts';
import type { PagePromise } from '../pagination.ts';
import type { RequestOptions } from '../transport.ts';
import type { ListItem, QueryParams, RequestBody, ResponseBody } from '../types.ts';
import { combineResults, type ScheduleSyncResult } from './combine.ts';
import { SchedulePlan, heldShowtimes } from './plan.ts';
import { chunkBody, type Chunk, type ScheduleBody, type ScheduleDocument, type SplitLimits } from './split.ts';

export type { ScheduleDocument } from './split.ts';
export type { ScheduleSyncResult } from './combine.ts';

/** What `syncSchedule` needs of a client: `new Marquee(...)` is one. */
export interface ScheduleClient {
  partner: {
    schedule: { apply(theatreId: string, body: RequestBody<'syncSchedule'>, options?: RequestOptions): ApiPromise<ResponseBody<'syncSchedule'>> };
    theatres: { retrieve(theatreId: string, options?: RequestOptions): ApiPromise<ResponseBody<'getPartnerTheatre'>> };
    showtimes: {
      list(theatreId: string, query?: QueryParams<'listPartnerShowtimes'>, options?: RequestOptions): PagePromise<ListItem<'listPartnerShowtimes'>>;
    };
  };
}

export interface ScheduleSyncProgress {
  /** Requests answered so far, and how many the document takes. */
  done: number;
  total: number;
  /** The window of the request just answered. */
  window: { from: string; to: string };
  /** The server answered from its idempotency record: this part was applied by an earlier run. */
  replayed: boolean;
}

export interface SyncScheduleOptions {
  /** Plan only: every request is sent with `dryRun`, nothing is applied. Default: the document's `dryRun`. */
  dryRun?: boolean;
  /** Called after each request; a throw stops the sync there (a re-run resumes it). */
  onProgress?: (progress: ScheduleSyncProgress) => void | Promise<void>;
  /** Largest request body, in bytes of JSON. Default 786 432 (the server's limit is 1 MiB by default). */
  maxRequestBytes?: number;
  /** Default 2 000, the server's cap per document. */
  maxShowtimesPerRequest?: number;
  /** Default 50, the server's cap per document. */
  maxScreensPerRequest?: number;
  /**
   * Where the requests' idempotency keys start; each key adds the request's number and a hash of
   * its body. Default `schedule-sync:<theatreId>`, so re-running a document resumes it: what was
   * applied is replayed, the rest applied. The server keeps keys 24 hours: to apply the same
   * document afresh within that time (to re-assert it after changes made elsewhere), pass a new
   * value per run, such as your export's id.
   */
  idempotencyKey?: string;
  /** Stops between or during requests; what was applied stays applied. */
  signal?: AbortSignal;
  /** Milliseconds per request, retries included (a large window takes the server a while). */
  timeout?: number;
}

/** One request of the sync, as sent and answered. */
export interface ScheduleSyncRequest {
  window: { from: string; to: string };
  screens: number;
  showtimes: number;
  bytes: number;
  idempotencyKey: string;
  replayed: boolean;
  requestId: string | undefined;
  result: ScheduleSyncResult;
}

/** The answer the whole document would have had, and each request behind it. */
export type ScheduleSyncOutcome = ScheduleSyncResult & { requests: ScheduleSyncRequest[] };

const DEFAULTS = { maxRequestBytes: 786_432, maxShowtimesPerRequest: 2_000, maxScreensPerRequest: 50 };
const LONGEST_KEY_BASE = 200;
/** Each replan ties showtimes together for good and so cannot recur; this only bounds a surprise. */
const MOST_REPLANS = 50;

/** JSON with object keys sorted, so one body hashes alike however its objects were built. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const members = Object.entries(value).filter(([, member]) => member !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${members.map(([name, member]) => `${JSON.stringify(name)}:${canonicalJson(member)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const keyFor = (base: string, index: number, body: ScheduleBody) =>
  `${base}:${index + 1}:${createHash('sha256').update(canonicalJson(body)).digest('hex').slice(0, 32)}`;

/** The refusal with its pointers moved from the request's items to the document's. */
function inDocumentTerms(error: unknown, chunk: Chunk, where: string): unknown {
  if (!(error instanceof MarqueeError) || !error.response) return error;
  const problem = error.problem
    ? {
        ...error.problem,
        errors: error.problem.errors?.map((issue) => ({
          ...issue,
          path: issue.path.replace(/^\/body\/(screens|showtimes)\/(\d+)/, (_, list: 'screens' | 'showtimes', index: string) => `/body/${list}/${chunk[list][Number(index)] ?? index}`),
        })),
      }
    : error.problem;
  const located = errorFor(problem, error.response);
  located.message = `${located.message} — ${where}`;
  return located;
}

function limitsOf(options: SyncScheduleOptions): SplitLimits {
  return {
    maxBytes: options.maxRequestBytes ?? DEFAULTS.maxRequestBytes,
    maxShowtimes: options.maxShowtimesPerRequest ?? DEFAULTS.maxShowtimesPerRequest,
    maxScreens: options.maxScreensPerRequest ?? DEFAULTS.maxScreensPerRequest,
  };
}

/** The document as one request, untouched unless `dryRun` overrides it, when it fits in one. */
function wholeBody(document: ScheduleDocument, dryRun: boolean, limits: SplitLimits): ScheduleBody | undefined {
  const body: ScheduleBody = dryRun === (document.dryRun ?? false) ? document : { ...document, dryRun };
  const fits = Buffer.byteLength(JSON.stringify(body)) <= limits.maxBytes
    && document.showtimes.length <= limits.maxShowtimes && (document.screens?.length ?? 0) <= limits.maxScreens;
  return fits ? body : undefined;
}

async function planOf(client: ScheduleClient, theatreId: string, document: ScheduleDocument, dryRun: boolean, limits: SplitLimits, options: RequestOptions) {
  const local = document.showtimes.some((showtime) => showtime.startsAtLocal !== undefined);
  const timeZone = local ? (await client.partner.theatres.retrieve(theatreId, options)).timeZone : undefined;
  const window = { from: Date.parse(document.window.from), to: Date.parse(document.window.to) };
  if (!(window.from < window.to)) {
    throw new RangeError(`Marquee: the schedule's window must be two instants, \`to\` (${document.window.to}) after \`from\` (${document.window.from})`);
  }
  const held = await heldShowtimes(client.partner.showtimes, theatreId, window, options);
  return new SchedulePlan(document, { dryRun, limits, timeZone, held });
}

/**
 * Syncs a theatre's schedule of any size: the document is split by window into requests the
 * server accepts, applied in order, and their answers folded into the one answer the whole
 * document would have had (`requests` tells each one). Each request's idempotency key derives
 * from the theatre and its body, so running the same document again after a crash replays what
 * was applied and applies the rest. Requests apply one by one: if one is refused, those before
 * it stay applied (the error says which request, with pointers into your document).
 *
 * ```ts
 * const outcome = await marquee.syncSchedule(theatre.id, {
 *   window: { from: '2026-11-27T00:00:00+05:30', to: '2026-12-27T00:00:00+05:30' },
 *   screens, showtimes, // thousands of them
 * }, { onProgress: ({ done, total }) => console.log(`${done}/${total}`) });
 * console.log(outcome.showtimes.counts); // { created, updated, unchanged, cancelled }
 * ```
 */
export async function syncSchedule(client: ScheduleClient, theatreId: string, document: ScheduleDocument, options: SyncScheduleOptions = {}): Promise<ScheduleSyncOutcome> {
  const dryRun = options.dryRun ?? document.dryRun ?? false;
  const limits = limitsOf(options);
  const keyBase = options.idempotencyKey ?? `schedule-sync:${theatreId}`;
  if (keyBase.length > LONGEST_KEY_BASE || !/^[\x21-\x7e]+$/.test(keyBase)) {
    throw new TypeError(`Marquee: \`idempotencyKey\` must be 1 to ${LONGEST_KEY_BASE} visible ASCII characters`);
  }
  const requestOptions: RequestOptions = { signal: options.signal, timeout: options.timeout };
  const whole = wholeBody(document, dryRun, limits);
  const plan = whole ? undefined : await planOf(client, theatreId, document, dryRun, limits, requestOptions);

  const requests: ScheduleSyncRequest[] = [];
  let replans = 0;
  while (requests.length < (plan?.chunks.length ?? 1)) {
    options.signal?.throwIfAborted();
    const index = requests.length;
    const body = plan ? chunkBody(document, plan.chunks[index]!, dryRun) : whole!;
    const idempotencyKey = keyFor(keyBase, index, body);
    let answer;
    try {
      answer = await client.partner.schedule.apply(theatreId, body, { ...requestOptions, idempotencyKey }).withResponse();
    } catch (error) {
      if (!plan) throw error;
      if (replans < MOST_REPLANS && plan.replanAfter(index, error)) {
        replans += 1;
        continue;
      }
      const applied = index === 0 ? 'nothing was applied' : `${index === 1 ? 'request 1 was' : `requests 1–${index} were`} applied before it, and a re-run replays them`;
      throw inDocumentTerms(error, plan.chunks[index]!, `request ${index + 1} of ${plan.chunks.length} (window ${body.window.from} to ${body.window.to}); ${applied}`);
    }
    const replayed = answer.response.idempotentReplayed;
    requests.push({
      window: body.window,
      screens: body.screens?.length ?? 0,
      showtimes: body.showtimes.length,
      bytes: Buffer.byteLength(JSON.stringify(body)),
      idempotencyKey,
      replayed,
      requestId: answer.response.requestId,
      result: answer.data,
    });
    await options.onProgress?.({ done: requests.length, total: plan?.chunks.length ?? 1, window: body.window, replayed });
  }

  if (!plan) return { ...requests[0]!.result, requests };
  const window = { from: new Date(document.window.from).toISOString(), to: new Date(document.window.to).toISOString() };
  const combined = combineResults(requests.map((request) => request.result), { theatreId, dryRun, window });
  return { ...combined, requests };
}
