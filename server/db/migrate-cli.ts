import { migrateDatabase } from './migrate.ts';

// `npm run migrate`: the one place besides server/main.ts that reads the environment.
const url = process.env.DATABASE_URL;
if (!url) {
  console.error(
    'DATABASE_URL is not set. Example: DATABASE_URL=postgres://postgres@127.0.0.1:5432/marquee npm run migrate',
  );
  process.exit(1);
}

try {
  await migrateDatabase(url, { info: (message) => console.log(message) });
  process.exit(0);
} catch (error) {
  console.error('migration failed:', error);
  process.exit(1);
}
