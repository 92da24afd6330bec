import type { DbExecutor } from '../db/client.ts';
import type { PartnerScope } from '../db/scope.ts';
import * as queries from '../db/queries/event-feed.ts';
import { invalidParameter } from './errors.ts';
import { toEvent } from './outbox.ts';
import { decodeCursor, encodeCursor, pageOf } from './pagination.ts';

/**
 * The events feed: a partner's events in feed order (`events.sequence`, handed out by the relay
 * in commit order), so a POS that was offline catches up by reading after the last position it
 * kept. Events are kept 30 days; older ones are pruned.
 */
export type FeedReader = PartnerScope;

function decodePosition(after: string | undefined): number | undefined {
  if (after === undefined) return undefined;
  let key: unknown[] | undefined;
  try {
    key = decodeCursor(after, 1);
  } catch {
    key = undefined;
  }
  const sequence = key?.[0];
  if (typeof sequence !== 'number' || !Number.isSafeInteger(sequence)) {
    throw invalidParameter('after', { message: 'is not a position returned by the feed', code: 'invalid_cursor' });
  }
  return sequence;
}

const positionOf = (row: queries.FeedRow) => encodeCursor([row.sequence!]);

/**
 * `nextCursor` is null once the reader has caught up; it then keeps the `position` of the last
 * event it processed and polls with `after` set to it.
 */
export async function listFeed(reader: FeedReader, db: DbExecutor, params: { after?: string; type?: string; limit: number }) {
  const rows = await queries.listFeed(db, reader, { after: decodePosition(params.after), type: params.type, limit: params.limit });
  return pageOf(rows, params.limit, (row) => [row.sequence!], (row) => ({ ...toEvent(row), position: positionOf(row) }));
}
