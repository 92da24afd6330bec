import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type postgres from 'postgres';
import { createDatabase, type Db } from '../db/client.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    /** The same pool as `db`, for the prepared statements and pipelined transactions of the hot paths. */
    sql: postgres.Sql;
    /**
     * A small pool of its own for public reads answered from a cache (seat maps): they never queue
     * for a connection behind sales, however many are in flight.
     */
    readSql: postgres.Sql;
    /** True when a trivial query answers within a second. */
    isDatabaseReachable(): Promise<boolean>;
  }
}

export default fp(
  async function database(app: FastifyInstance, options: { url: string; poolMax: number; readPoolMax: number }) {
    const database = createDatabase(options.url, { max: options.poolMax, applicationName: 'marquee-api' });
    const reads = createDatabase(options.url, { max: options.readPoolMax, applicationName: 'marquee-api' });
    app.decorate('db', database.db);
    app.decorate('sql', database.sql);
    app.decorate('readSql', reads.sql);
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
    app.addHook('onClose', () => Promise.all([database.close(), reads.close()]));
  },
  { name: 'database' },
);
