import { DomainError } from './errors.ts';

/**
 * Keyset pagination: the cursor is the sort key of the last row returned, opaque to clients
 * (base64url JSON), so pages stay stable while rows are inserted before them.
 */
export type CursorKey = (string | number)[];

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** A `cursor` this list did not issue, or that names no row it could have. */
export const invalidCursor = () =>
  new DomainError('validation_failed', {
    detail: 'The cursor was not issued by this list.',
    issues: [{ parameter: 'cursor', message: 'is not a cursor returned by this list', code: 'invalid_cursor' }],
  });

export function decodeCursor(cursor: string | undefined, arity: number): CursorKey | undefined {
  if (cursor === undefined) return undefined;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  const valid =
    Array.isArray(key) &&
    key.length === arity &&
    key.every((part) => typeof part === 'string' || (typeof part === 'number' && Number.isFinite(part)));
  if (!valid) throw invalidCursor();
  return key as CursorKey;
}

/** Callers fetch `limit + 1` rows; the extra row only tells whether another page exists. */
export function pageOf<Row, Item>(
  rows: Row[],
  limit: number,
  keyOf: (row: Row) => CursorKey,
  toItem: (row: Row) => Item,
): { data: Item[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    data: page.map(toItem),
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null,
  };
}
