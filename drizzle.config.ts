import { defineConfig } from 'drizzle-kit';

// `generate` needs no database; the credentials only serve `drizzle-kit studio` and friends.
const url = process.env.DATABASE_URL;

export default defineConfig({
  dialect: 'postgresql',
  schema: './server/db/schema/index.ts',
  out: './migrations',
  strict: true,
  ...(url ? { dbCredentials: { url } } : {}),
});
