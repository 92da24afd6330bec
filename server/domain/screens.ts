import type { DbExecutor } from '../db/client.ts';
import type { PartnerScope } from '../db/scope.ts';
import { newId } from '../db/ids.ts';
import * as queries from '../db/queries/screens.ts';
import { deleteLayouts, lockLayoutsOfScreen } from '../db/queries/seat-layouts.ts';
import { findTheatre } from '../db/queries/theatres.ts';
import type { PartnerWriter } from './partner-writer.ts';
import { expectedVersion, staleEtag } from './etag.ts';
import { DomainError, notFound } from './errors.ts';
import { decodeCursor, pageOf } from './pagination.ts';

/** The screens of a theatre partner's theatres; their seats live in versioned layouts. */

export type Writer = PartnerWriter;
type ScreenStatus = queries.ScreenValues['status'];

export function toScreen(row: queries.ScreenRow) {
  return { ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}

export async function getScreen(db: DbExecutor, scope: PartnerScope, screenId: string, options: { lock?: boolean } = {}) {
  const row = await queries.findScreen(db, scope, screenId, options);
  if (!row) throw notFound('screen', screenId);
  return row;
}

async function requireTheatre(db: DbExecutor, scope: PartnerScope, theatreId: string) {
  const theatre = await findTheatre(db, scope, theatreId);
  if (!theatre) throw notFound('theatre', theatreId);
  return theatre;
}

function externalRefTaken(externalRef: string) {
  return new DomainError('external_ref_in_use', {
    detail: `Another screen of this theatre has externalRef '${externalRef}'.`,
    issues: [{ field: ['externalRef'], message: 'is already the reference of another screen of this theatre', code: 'already_exists' }],
  });
}

/**
 * Inserts unless the theatre already has a screen with this reference: ON CONFLICT rather than a
 * caught unique violation, which would abort the whole transaction. Undefined when it existed.
 */
async function insertScreen(w: Writer, theatreId: string, input: { externalRef: string; name: string; status: ScreenStatus }) {
  const id = newId('scr');
  if (!(await queries.insertScreen(w.tx, w.scope, { id, theatreId, ...input }))) return undefined;
  await w.audit({ action: 'screen.created', targetType: 'screen', targetIds: [id], details: { theatreId, externalRef: input.externalRef } });
  return getScreen(w.tx, w.scope, id);
}

export async function createScreen(w: Writer, theatreId: string, input: { externalRef: string; name: string }) {
  await requireTheatre(w.tx, w.scope, theatreId);
  const screen = await insertScreen(w, theatreId, { ...input, status: 'active' });
  if (!screen) throw externalRefTaken(input.externalRef);
  return toScreen(screen);
}

export async function listScreens(db: DbExecutor, scope: PartnerScope, params: { theatreId: string; limit: number; cursor?: string }) {
  await requireTheatre(db, scope, params.theatreId);
  const before = decodeCursor(params.cursor, 1) as [string] | undefined;
  const rows = await queries.listScreens(db, scope, { ...params, before: before?.[0] });
  return pageOf(rows, params.limit, (row) => [row.id], toScreen);
}

/**
 * Applies the fields that differ from the stored screen. Nothing differing means nothing written:
 * no version bump, no audit record. The update is guarded by the version it was computed from,
 * so a concurrent change answers `precondition_failed` rather than being lost.
 */
async function applyChanges(w: Writer, current: queries.ScreenRow, wanted: Partial<queries.ScreenValues>, ifMatch: string | undefined) {
  const expected = expectedVersion(ifMatch, current.id);
  if (expected !== undefined && expected !== current.version) throw staleEtag(current.id);
  const changes = Object.fromEntries(
    Object.entries(wanted).filter(([field, value]) => value !== undefined && current[field as keyof queries.ScreenValues] !== value),
  ) as Partial<queries.ScreenValues>;
  if (Object.keys(changes).length === 0) return current;
  const applied = await queries.updateScreen(w.tx, w.scope, { screenId: current.id, expectedVersion: current.version, changes });
  if (!applied) throw staleEtag(current.id);
  await w.audit({
    action: changes.status === 'retired' ? 'screen.retired' : 'screen.updated',
    targetType: 'screen',
    targetIds: [current.id],
    details: { changed: Object.keys(changes) },
  });
  return getScreen(w.tx, w.scope, current.id);
}

export async function updateScreen(w: Writer, screenId: string, patch: Partial<queries.ScreenValues>, ifMatch: string | undefined) {
  const current = await getScreen(w.tx, w.scope, screenId);
  return toScreen(await applyChanges(w, current, patch, ifMatch));
}

/**
 * `PUT …/screens/by-ref/{externalRef}`: the document is the whole screen (an omitted status is
 * `active`), created when the reference is new. A concurrent PUT of the same new reference finds
 * the row the other inserted and updates it instead.
 */
export async function upsertScreen(
  w: Writer,
  params: { theatreId: string; externalRef: string; document: { name: string; status?: ScreenStatus }; ifMatch: string | undefined },
) {
  await requireTheatre(w.tx, w.scope, params.theatreId);
  const values = { name: params.document.name, status: params.document.status ?? 'active' };
  const lookup = { theatreId: params.theatreId, externalRef: params.externalRef, lock: true };
  const existing = await queries.findScreenByRef(w.tx, w.scope, lookup);
  if (!existing) {
    if (params.ifMatch !== undefined) {
      throw new DomainError('precondition_failed', { detail: `No screen of this theatre has externalRef '${params.externalRef}' to match.` });
    }
    const created = await insertScreen(w, params.theatreId, { externalRef: params.externalRef, ...values });
    if (created) return { created: true, screen: toScreen(created) };
  }
  const current = existing ?? (await queries.findScreenByRef(w.tx, w.scope, lookup))!;
  return { created: false, screen: toScreen(await applyChanges(w, current, values, params.ifMatch)) };
}

/**
 * Deletes a screen with all its layout versions and their seats, unless a showtime ever used it:
 * then it stays, and the problem lists those showtimes (retire the screen instead).
 */
export async function deleteScreen(w: Writer, screenId: string, ifMatch: string | undefined) {
  const current = await getScreen(w.tx, w.scope, screenId, { lock: true });
  const expected = expectedVersion(ifMatch, current.id);
  if (expected !== undefined && expected !== current.version) throw staleEtag(current.id);
  const layoutIds = await lockLayoutsOfScreen(w.tx, w.scope, screenId);
  const showtimeIds = await queries.showtimesOfScreen(w.tx, w.scope, screenId, layoutIds);
  if (showtimeIds.length > 0) throw layoutInUse(`Screen '${screenId}' has layouts used by showtimes; retire it instead.`, showtimeIds);
  await deleteLayouts(w.tx, w.scope, layoutIds);
  await queries.deleteScreen(w.tx, w.scope, screenId);
  await w.audit({
    action: 'screen.deleted',
    targetType: 'screen',
    targetIds: [screenId],
    details: { theatreId: current.theatreId, externalRef: current.externalRef, layoutsDeleted: layoutIds.length },
  });
}

export function layoutInUse(detail: string, showtimeIds: string[]): DomainError {
  return new DomainError('layout_in_use', { detail, conflicts: showtimeIds });
}
