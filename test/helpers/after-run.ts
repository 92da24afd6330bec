// tap's `after` hook (package.json → tap.after): stops the embedded test PostgreSQL if this run
// had to start one; a machine with its own PostgreSQL never starts it.
import { stopEmbeddedTestServer } from './embedded-test-server.ts';

await stopEmbeddedTestServer();
