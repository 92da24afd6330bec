// Builds the package twice from one source: ES modules to dist/esm and CommonJS to dist/cjs,
// each with its type declarations. dist/cjs gets a package.json of its own so Node reads its
// .js files as CommonJS although the package is "type": "module".
import { execFileSync } from 'node:child_process';
import process from 'node:process';
import { chmodSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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

// tsc rewrites `./x.ts` to `./x.js` in the JavaScript it emits but not in declarations; a consumer's
// TypeScript older than 5.x (or one without allowImportingTsExtensions) needs the `.js` form.
for (const entry of readdirSync(join(root, 'dist'), { recursive: true, encoding: 'utf8' })) {
  if (!entry.endsWith('.d.ts')) continue;
  const file = join(root, 'dist', entry);
  const text = readFileSync(file, 'utf8');
  const rewritten = text.replace(/(from\s+|import\()(['"])(\.{1,2}\/[^'"]+)\.ts\2/g, '$1$2$3.js$2');
  if (rewritten !== text) writeFileSync(file, rewritten);
}
