import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createDatabase, type Db } from '../db/client.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    /** True when a trivial query answers within a second. */
    isDatabaseReachable(): Promise<boolean>;
  }
}

export default fp(
  async function database(app: FastifyInstance, options: { url: string; poolMax: number }) {
    const database = createDatabase(options.url, { max: options.poolMax, applicationName: 'marquee-api' });
    app.decorate('db', database.db);
    app.decorate('isDatabaseReachable', async () => {
      try {
        await Promise.race([
          database.sql`select 1`,
          new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 1000).unref()),
        ]);
        return true;
      } catch {
        return false;
      }
    });
    app.addHook('onClose', () => database.close());
  },
  { name: 'database' },
);
