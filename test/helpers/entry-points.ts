import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/**
 * The processes tests start are the ones `npm start` and `npm run worker` run: the compiled
 * JavaScript in dist/, built by `npm run build` (`tsc -b tsconfig.build.json`). The tap `before`
 * hook builds it once per run, so a test never starts yesterday's build.
 */
export const REPOSITORY = fileURLToPath(new URL('../..', import.meta.url));

/** `server/main.ts` → `dist/server/main.js`: what production runs for that source file. */
export function compiledEntryPoint(source: string): string {
  if (!/^(server|webhooks)\/.+\.ts$/.test(source)) throw new Error(`${source} is not compiled into dist/`);
  return `dist/${source.replace(/\.ts$/, '.js')}`;
}

/** `npm run build`, without npm: nothing when dist/ is up to date, else the changed files. */
export async function buildEntryPoints(): Promise<void> {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  await promisify(execFile)(process.execPath, [tsc, '-b', 'tsconfig.build.json'], { cwd: REPOSITORY });
}
