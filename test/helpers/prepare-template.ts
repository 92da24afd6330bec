// tap's `before` hook (package.json → tap.before): builds the migrated template database once
// per run, before the test files start creating their own copies of it in parallel, and brings
// dist/ up to date (`npm run build`) for the tests that start the compiled entry points.
import { prepareTemplateDatabase } from './database.ts';
import { buildEntryPoints } from './entry-points.ts';

const started = Date.now();
const [template] = await Promise.all([
  prepareTemplateDatabase(),
  buildEntryPoints().then(() => console.log(`# dist/ up to date in ${Date.now() - started} ms`)),
]);
console.log(`# test template database ${template} ready in ${Date.now() - started} ms`);
