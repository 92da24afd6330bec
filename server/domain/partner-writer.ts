import type { DbExecutor } from '../db/client.ts';
import type { AuditWriter } from './audit.ts';

/** What every partner write gets: the transaction, its audit trail, and whose resources these are. */
export interface PartnerWriter {
  tx: DbExecutor;
  audit: AuditWriter;
  partnerId: string;
}
