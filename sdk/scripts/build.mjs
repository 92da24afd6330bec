// Builds the package twice from one source: ES modules to dist/esm and CommonJS to dist/cjs,
// each with its type declarations. dist/cjs gets a package.json of its own so Node reads its
// .js files as CommonJS although the package is "type": "module".
import { execFileSync } from 'node:child_process';
import process from 'node:process';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

rmSync(join(root, 'dist'), { recursive: true, force: true });
for (const project of ['tsconfig.build.json', 'tsconfig.build-cjs.json']) {
  execFileSync(process.execPath, [tsc, '-p', join(root, project)], { stdio: 'inherit' });
}
mkdirSync(join(root, 'dist/cjs'), { recursive: true });
writeFileSync(join(root, 'dist/cjs/package.json'), '{ "type": "commonjs" }\n');
chmodSync(join(root, 'dist/esm/cli/main.js'), 0o755);
