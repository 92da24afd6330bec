import { once } from 'node:events';
import { join } from 'node:path';
import { benchTempDir, logTail, removeDir, spawnLogged, stopLogged, type LoggedProcess } from './logged-process.ts';
import { measuredRun, type Measured } from './measured-run.ts';
import type { LoadFigures, LoadMessage, LoadSetup } from './sdk-load.ts';

/**
 * One run of sdk-load.ts in a fresh process, the same kind of process for the SDK and for bare
 * undici: it warms up unmeasured, then the API's CPU and the machine are measured around its
 * measured window (measured-run.ts) while it reports its own CPU.
 */
export async function measureLoad(setup: LoadSetup, apiPids: number[]): Promise<Measured<LoadFigures>> {
  const dir = benchTempDir(`sdk-load-${setup.kind}`);
  const logPath = join(dir, 'load.log');
  const generator = spawnLogged(['test/bench/sdk-load.ts'], { logPath, ipc: true });
  let done = false;
  try {
    generator.child.send(setup);
    await nextMessage(generator, (message) => 'ready' in message);
    const run = await measuredRun(apiPids, async () => {
      generator.child.send({ go: true });
      const message = await nextMessage(generator, (message) => 'figures' in message);
      return (message as { figures: LoadFigures }).figures;
    });
    done = true;
    return run;
  } finally {
    await stopLogged(generator);
    if (done) removeDir(dir);
    else console.log(`load generator log kept in ${logPath}`);
  }
}

/** The generator's next message of a kind; its exit before it is an error with its log's end. */
async function nextMessage(generator: LoggedProcess, wanted: (message: LoadMessage) => boolean): Promise<LoadMessage> {
  if (generator.child.exitCode !== null) throw new Error(`the load generator exited early:\n${logTail(generator.logPath)}`);
  const exited = once(generator.child, 'exit').then(() => {
    throw new Error(`the load generator exited early:\n${logTail(generator.logPath)}`);
  });
  for (;;) {
    const [message] = (await Promise.race([once(generator.child, 'message'), exited])) as [LoadMessage];
    if (wanted(message)) return message;
  }
}
