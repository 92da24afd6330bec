import type { DbExecutor } from '../db/client.ts';
import type { PartnerScope } from '../db/scope.ts';
import type { AuditWriter } from './audit.ts';

/** What every partner write gets: the transaction, its audit trail, and whose resources these are. */
export interface PartnerWriter {
  tx: DbExecutor;
  audit: AuditWriter;
  scope: PartnerScope;
}
