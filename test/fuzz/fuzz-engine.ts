import fc from 'fast-check';
import type { FuzzWorld } from './callers.ts';
import type { Contract, ContractOperation } from './contract.ts';
import { judge, type Answer } from './judge.ts';
import { requestArbitrary, type FuzzRequest } from './requests.ts';

/**
 * Contract-driven fuzzing: for one operation, requests generated from its schemas (valid ones and
 * ones broken in one place: a path id, the query, a header, the body, its media type, the
 * credentials) are sent to the production app as each kind of caller, and every answer is judged
 * against the contract: never a 5xx, a status the operation documents, a body that validates
 * against the schema documented for that status and media type (none for a 204 or 304), and a
 * `request-id` header. fast-check seeds the run and shrinks a failure to its smallest request.
 */

export interface FuzzFailure {
  operationId: string;
  seed: number;
  /** fast-check's path to the shrunk counterexample: `--seed S --path P` replays it. */
  path: string;
  request: FuzzRequest;
  status?: number;
  reasons: string[];
  answerExcerpt: string;
}

export interface OperationResult {
  operationId: string;
  casesTried: number;
  shrinks: number;
  interrupted: boolean;
  failure?: FuzzFailure;
}

/** Sends a request to the app as its caller. */
export async function send(world: FuzzWorld, request: FuzzRequest): Promise<Answer> {
  const caller = Object.values(world.callers).find((one) => one.name === request.caller);
  const authorization = request.forgedAuthorization ?? caller?.authorization;
  const injected = await world.app.inject({
    method: request.method as 'GET',
    url: request.url,
    headers: { ...request.headers, ...(authorization ? { authorization } : {}) },
    ...(request.body === undefined ? {} : { payload: request.body }),
  });
  return { status: injected.statusCode, headers: injected.headers as Answer['headers'], body: injected.body };
}

class Mismatch extends Error {
  constructor(readonly reasons: string[], readonly answer: Answer) {
    super(reasons.join('; '));
  }
}

/**
 * Fuzzes one operation: `runs` generated requests (fewer if `timeLimitMs` passes first), the first
 * failure shrunk to its smallest request.
 */
export async function fuzzOperation(
  contract: Contract,
  world: FuzzWorld,
  operation: ContractOperation,
  options: { runs: number; seed: number; timeLimitMs?: number; path?: string },
): Promise<OperationResult> {
  let tried = 0;
  let last: { request: FuzzRequest; error: Mismatch } | undefined;
  const property = fc.asyncProperty(requestArbitrary(operation, world), async (request) => {
    tried += 1;
    const answer = await send(world, request);
    const { reasons } = judge(contract, operation, answer);
    if (reasons.length > 0) {
      const error = new Mismatch(reasons, answer);
      last = { request, error };
      throw error;
    }
  });
  const details = await fc.check(property, {
    numRuns: options.runs,
    seed: options.seed,
    ...(options.path ? { path: options.path } : {}),
    ...(options.timeLimitMs ? { interruptAfterTimeLimit: options.timeLimitMs, markInterruptAsFailure: false } : {}),
  });
  const result: OperationResult = { operationId: operation.operationId, casesTried: tried, shrinks: details.numShrinks, interrupted: details.interrupted };
  if (details.failed && details.counterexample) {
    const [request] = details.counterexample;
    // The shrunk counterexample's own verdict: sent once more, so the reasons are its own.
    const answer = await send(world, request);
    const { reasons } = judge(contract, operation, answer);
    const error = last?.error;
    result.failure = {
      operationId: operation.operationId,
      seed: details.seed,
      path: details.counterexamplePath ?? '',
      request,
      status: answer.status,
      reasons: reasons.length > 0 ? reasons : (error?.reasons ?? [String(details.errorInstance)]),
      answerExcerpt: answer.body.slice(0, 600),
    };
  } else if (details.failed) {
    result.failure = { operationId: operation.operationId, seed: details.seed, path: '', request: last!.request, reasons: [String(details.errorInstance)], answerExcerpt: '' };
  }
  return result;
}

/** A failure as a reproducer: the exact request (secrets by caller name only), the seed and what went wrong. */
export function describeFailure(failure: FuzzFailure): string {
  const { request } = failure;
  const headers = Object.entries(request.headers).map(([name, value]) => `  ${name}: ${JSON.stringify(value)}`);
  if (request.forgedAuthorization !== undefined) headers.unshift(`  authorization: ${JSON.stringify(request.forgedAuthorization.slice(0, 200))}`);
  else if (request.caller !== 'anonymous') headers.unshift(`  authorization: <the ${request.caller}'s credentials>`);
  const body = request.body === undefined ? '(none)' : JSON.stringify(request.body.length > 2_000 ? `${request.body.slice(0, 2_000)}… (${request.body.length} characters)` : request.body);
  return [
    `${failure.operationId}: ${failure.reasons.join('; ')}`,
    `  as ${request.caller}: ${request.method} ${request.url.length > 500 ? `${request.url.slice(0, 500)}… (${request.url.length} characters)` : request.url}`,
    ...headers,
    `  body: ${body}`,
    `  answered ${failure.status ?? '?'}: ${failure.answerExcerpt}`,
    `  reproduce: npm run fuzz -- --operation ${failure.operationId} --seed ${failure.seed}${failure.path ? ` --path ${failure.path}` : ''}`,
  ].join('\n');
}

