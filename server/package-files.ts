import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package's own files that are read at run time without being code: the migrations and the
 * authored contract. They are found from the package root (the nearest directory with a
 * `package.json`), because this module runs both from its source (`server/`, under tsx) and
 * compiled (`dist/server/`, one directory deeper), so a path relative to it would be right in
 * only one of the two.
 */
function packageRoot(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (let directory = here; ; directory = dirname(directory)) {
    if (existsSync(join(directory, 'package.json'))) return directory;
    if (dirname(directory) === directory) throw new Error(`no package.json in ${here} or above it`);
  }
}

const root = packageRoot();

/** A path inside the package, e.g. `packagePath('migrations')`. */
export const packagePath = (...segments: string[]): string => join(root, ...segments);
