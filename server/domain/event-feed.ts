import type { DbExecutor } from '../db/client.ts';
import type { PartnerScope } from '../db/scope.ts';
import * as queries from '../db/queries/event-feed.ts';
import { invalidParameter } from './errors.ts';
import { openPosition, sealPosition, type FeedPositionKeys } from './feed-positions.ts';
import { toEvent } from './outbox.ts';

/**
 * The events feed: a partner's events in feed order (`events.sequence`, handed out by the relay
 * in commit order), so a POS that was offline catches up by reading after the last position it
 * kept. Positions are sealed per partner (`feed-positions.ts`): they keep the order on the
 * server and tell the partner nothing about anyone else's events. Events are kept 30 days;
 * older ones are pruned.
 */
export type FeedReader = PartnerScope;

function decodePosition(keys: FeedPositionKeys, reader: FeedReader, after: string | undefined): number | undefined {
  if (after === undefined) return undefined;
  const sequence = openPosition(keys, reader.partnerId, after);
  // Another partner's position, an altered one and one sealed under an older key look alike here.
  if (sequence === undefined) throw invalidParameter('after', { message: 'is not a position returned by your feed', code: 'invalid_cursor' });
  return sequence;
}

/**
 * `nextCursor` is null once the reader has caught up; it then keeps the `position` of the last
 * event it processed and polls with `after` set to it.
 */
export async function listFeed(keys: FeedPositionKeys, reader: FeedReader, db: DbExecutor, params: { after?: string; type?: string; limit: number }) {
  const rows = await queries.listFeed(db, reader, { after: decodePosition(keys, reader, params.after), type: params.type, limit: params.limit });
  const data = rows.slice(0, params.limit).map((row) => ({ ...toEvent(row), position: sealPosition(keys, reader.partnerId, row.sequence!) }));
  return { data, nextCursor: rows.length > params.limit ? data.at(-1)!.position : null };
}
