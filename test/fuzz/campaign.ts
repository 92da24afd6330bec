import type { FuzzWorld } from './callers.ts';
import type { Contract } from './contract.ts';
import { fuzzOperation, type OperationResult } from './fuzz-engine.ts';

/**
 * A campaign: every operation of the contract (or the chosen ones) fuzzed in turn against one
 * world, each with its own seed derived from the campaign's, within an optional overall time
 * budget shared fairly among the operations still to run.
 */
export interface CampaignOptions {
  runs: number;
  seed: number;
  operationIds?: string[];
  /** fast-check's counterexample path, with one operation: replays a shrunk failure. */
  path?: string;
  budgetMs?: number;
  onResult?: (result: OperationResult) => void;
}

/** The seed of one operation: the campaign's, mixed with the operation's name, so adding an operation leaves the others' alone. */
export function operationSeed(seed: number, operationId: string): number {
  let hash = seed | 0;
  for (const character of operationId) hash = Math.imul(hash ^ character.charCodeAt(0), 0x01000193);
  return hash | 0;
}

export async function runCampaign(contract: Contract, world: FuzzWorld, options: CampaignOptions): Promise<OperationResult[]> {
  const chosen = options.operationIds?.length ? contract.operations.filter((operation) => options.operationIds!.includes(operation.operationId)) : contract.operations;
  const unknown = (options.operationIds ?? []).filter((id) => !contract.operations.some((operation) => operation.operationId === id));
  if (unknown.length > 0) throw new Error(`no such operation in the contract: ${unknown.join(', ')}`);
  const started = Date.now();
  const results: OperationResult[] = [];
  for (const [index, operation] of chosen.entries()) {
    const left = options.budgetMs === undefined ? undefined : Math.max(250, (options.budgetMs - (Date.now() - started)) / (chosen.length - index));
    const result = await fuzzOperation(contract, world, operation, {
      runs: options.runs,
      seed: operationSeed(options.seed, operation.operationId),
      ...(left === undefined ? {} : { timeLimitMs: left }),
      ...(options.path ? { path: options.path } : {}),
    });
    // The reproducer names the campaign's seed: `--seed` with `--operation` derives this one again.
    if (result.failure) result.failure.seed = options.seed;
    results.push(result);
    options.onResult?.(result);
  }
  return results;
}

/** Today's seed: fixed for a day, so a failure reproduces, and rotating, so runs cover new ground. */
export function rotatingSeed(now = Date.now()): number {
  return Math.floor(now / 86_400_000);
}
