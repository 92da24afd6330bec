import { once } from 'node:events';
import { join } from 'node:path';
import { benchTempDir, logTail, removeDir, spawnLogged, stopLogged } from './logged-process.ts';

export interface BaselineServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * A baseline server in a process of its own, like the API it is compared with: `script` (a file
 * of this folder) receives `setup` over IPC and answers `{ url }` once it listens.
 */
export async function startBaselineServer(script: string, setup: object): Promise<BaselineServer> {
  const dir = benchTempDir('baseline');
  const logPath = join(dir, `${script.replace(/\W+/g, '-')}.log`);
  const server = spawnLogged([join('test/bench', script)], { logPath, ipc: true });
  const stop = async () => {
    await stopLogged(server);
    removeDir(dir);
  };
  try {
    server.child.send(setup);
    const [message] = (await Promise.race([
      once(server.child, 'message'),
      once(server.child, 'exit').then(() => {
        throw new Error(`baseline ${script} exited before listening:\n${logTail(logPath)}`);
      }),
    ])) as [{ url: string }];
    return { url: message.url, pid: server.pid, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
