// tap's `before` hook (package.json → tap.before): builds the migrated template database once
// per run, before the test files start creating their own copies of it in parallel.
import { prepareTemplateDatabase } from './database.ts';

const started = Date.now();
const template = await prepareTemplateDatabase();
console.log(`# test template database ${template} ready in ${Date.now() - started} ms`);
