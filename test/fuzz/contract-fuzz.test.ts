import fc from 'fast-check';
import t from 'tap';
import { buildFuzzWorld } from './callers.ts';
import { rotatingSeed, runCampaign } from './campaign.ts';
import { loadContract } from './contract.ts';
import { describeFailure } from './fuzz-engine.ts';
import { judge, type Answer } from './judge.ts';
import { requestArbitrary } from './requests.ts';

/**
 * Contract-driven fuzzing, the bounded run of `npm test`: every operation of the contract gets
 * generated requests (valid and broken, as every kind of caller) and every answer must be what the
 * contract documents. Bounded by cases per operation and by time, so it fits a loaded machine;
 * the seed changes daily (set FUZZ_SEED to replay one), and `npm run fuzz -- --runs N` runs long
 * campaigns.
 */
const CASES_PER_OPERATION = 40;
const BUDGET_MS = 60_000;
const seed = process.env.FUZZ_SEED === undefined ? rotatingSeed() : Number(process.env.FUZZ_SEED);

const contract = await loadContract();
const world = await buildFuzzWorld(t);
const operationOf = (operationId: string) => contract.operations.find((operation) => operation.operationId === operationId)!;

t.test('the fuzzer generates and catches each class a third-party run found', async (t) => {
  const sample = (operationId: string) => fc.sample(requestArbitrary(operationOf(operationId), world), { seed: 1, numRuns: 3_000 });
  const holds = sample('createHold');
  t.ok(holds.some((request) => request.headers['idempotency-key'] && /\\u[dD][89a-fA-F]/.test(request.body ?? '')), 'a lone surrogate in a body sent with an Idempotency-Key');
  const theatres = sample('getTheatre');
  t.ok(theatres.some((request) => request.url.length - '/v1/theatres/'.length > 200), 'a path parameter past 200 characters');
  t.ok(theatres.some((request) => request.url.includes('%C0%AF')), 'an overlong UTF-8 escape in a path');
  t.ok(sample('getSeatMap').some((request) => request.headers['if-none-match'] === '*'), 'a seat map asked If-None-Match: * (a 304)');

  const seatMap = operationOf('getSeatMap');
  const requestId = { 'request-id': 'req_01JDQ6X0A1B2C3D4E5F6G7H8J9' };
  const verdict = (answer: Answer) => judge(contract, seatMap, answer).reasons.join('; ');
  t.match(verdict({ status: 304, headers: { ...requestId, 'content-type': 'application/json' }, body: 'null' }), /304 with a body.*304 with content-type/, 'a 304 with `null`');
  t.match(verdict({ status: 414, headers: requestId, body: '{}' }), /414 is not documented/, 'an undocumented 414');
  t.match(verdict({ status: 400, headers: { 'content-type': 'application/problem+json' }, body: '{}' }), /no request-id header/, 'no request-id');
  t.match(verdict({ status: 500, headers: requestId, body: '' }), /a 5xx/, 'a 500');
  t.match(verdict({ status: 200, headers: { ...requestId, 'content-type': 'application/json' }, body: '{"id":1}' }), /does not match the documented schema/, 'a body off the schema');
  t.equal(verdict({ status: 304, headers: requestId, body: '' }), '', 'a proper 304 passes');
});

t.test(`every operation of the contract answers within it (seed ${seed})`, async (t) => {
  const results = await runCampaign(contract, world, { runs: CASES_PER_OPERATION, seed, budgetMs: BUDGET_MS });
  t.equal(results.length, contract.operations.length, `all ${contract.operations.length} operations fuzzed`);
  const cases = results.reduce((sum, result) => sum + result.casesTried, 0);
  t.ok(cases >= contract.operations.length * 3, `${cases} cases tried`);
  for (const result of results) {
    if (result.failure) t.fail(`${describeFailure(result.failure)}\n  (FUZZ_SEED=${seed} replays this run)`);
  }
  t.equal(results.filter((result) => result.failure).length, 0, 'no operation answered outside the contract');
});
