import { parseArgs } from 'node:util';
import { buildFuzzWorld } from './callers.ts';
import { rotatingSeed, runCampaign } from './campaign.ts';
import { loadContract } from './contract.ts';
import { describeFailure } from './fuzz-engine.ts';

/**
 * `npm run fuzz -- [--runs N] [--seed S] [--operation opId …] [--path P]`: a long campaign of the
 * contract fuzzer against the production app on a database of its own (local PostgreSQL and
 * Redis, as the tests use). Prints the cases tried per operation and each failure with a
 * reproducer; exits 1 when anything failed.
 */
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '200' },
    seed: { type: 'string' },
    operation: { type: 'string', multiple: true },
    path: { type: 'string' },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a positive integer');
const seed = values.seed === undefined ? rotatingSeed() : Number(values.seed);
if (!Number.isInteger(seed)) throw new Error('--seed takes an integer');
if (values.path && values.operation?.length !== 1) throw new Error('--path replays one operation\'s counterexample: give exactly one --operation');

const teardowns: (() => unknown)[] = [];
let exitCode = 0;
try {
  const contract = await loadContract();
  const world = await buildFuzzWorld({ teardown: (fn) => teardowns.push(fn) });
  console.log(`fuzzing ${values.operation?.length ?? contract.operations.length} operations, ${runs} cases each, seed ${seed}`);
  const started = Date.now();
  const results = await runCampaign(contract, world, {
    runs,
    seed,
    ...(values.operation ? { operationIds: values.operation } : {}),
    ...(values.path ? { path: values.path } : {}),
    onResult: (result) => {
      const verdict = result.failure ? `FAILED (after ${result.shrinks} shrinks)` : 'ok';
      console.log(`${result.operationId.padEnd(32)} ${String(result.casesTried).padStart(6)} cases  ${verdict}`);
    },
  });
  const failures = results.flatMap((result) => (result.failure ? [result.failure] : []));
  const cases = results.reduce((sum, result) => sum + result.casesTried, 0);
  console.log(`\n${cases} cases over ${results.length} operations in ${((Date.now() - started) / 1000).toFixed(1)} s; ${failures.length} failing operations (seed ${seed})`);
  for (const failure of failures) console.log(`\n${describeFailure(failure)}`);
  if (failures.length > 0) exitCode = 1;
} finally {
  for (const teardown of teardowns.reverse()) await teardown();
}
process.exit(exitCode);
