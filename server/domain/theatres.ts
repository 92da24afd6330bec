import { isDeepStrictEqual } from 'node:util';
import type { DbExecutor } from '../db/client.ts';
import type { PartnerScope } from '../db/scope.ts';
import { violatedUniqueConstraint } from '../db/constraint-violations.ts';
import { newId } from '../db/ids.ts';
import { findCity } from '../db/queries/catalogue.ts';
import * as queries from '../db/queries/theatres.ts';
import type { PartnerWriter } from './partner-writer.ts';
import { expectedVersion, staleEtag } from './etag.ts';
import { DomainError, notFound, type FieldPath } from './errors.ts';
import { decodeCursor, pageOf } from './pagination.ts';
import type { TheatreUpsert } from '../schemas/generated/components.ts';

/** A theatre partner's theatres: onboarded as `draft`, published `live`. */

export type TheatreFields = TheatreUpsert;

type Writer = PartnerWriter;

export function toTheatre(row: queries.TheatreRow) {
  // The owner is the caller; the partner id is not part of the representation.
  const { partnerId, latitude, longitude, ...theatre } = row;
  return {
    ...theatre,
    location: latitude === null || longitude === null ? null : { latitude, longitude },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function cityOf(db: DbExecutor, cityId: string) {
  const city = await findCity(db, cityId);
  if (!city) {
    throw new DomainError('validation_failed', {
      detail: `No city with id '${cityId}'.`,
      issues: [{ field: ['cityId'], message: 'is not a known city', code: 'not_found' }],
    });
  }
  return city;
}

/** The stored values of a whole theatre document: omitted settings take their defaults. */
async function valuesOf(db: DbExecutor, fields: TheatreFields): Promise<queries.TheatreValues> {
  const city = await cityOf(db, fields.cityId);
  return {
    name: fields.name,
    cityId: fields.cityId,
    address: fields.address,
    postalCode: fields.postalCode ?? null,
    latitude: fields.location?.latitude ?? null,
    longitude: fields.location?.longitude ?? null,
    timeZone: fields.timeZone ?? city.timeZone,
    status: fields.status ?? 'draft',
    cleaningBufferMinutes: fields.cleaningBufferMinutes ?? 15,
    cancellationCutoffMinutes: fields.cancellationCutoffMinutes ?? 60,
    payAtVenue: fields.payAtVenue ?? false,
  };
}

function externalRefTaken(externalRef: string, field: FieldPath) {
  return new DomainError('external_ref_in_use', {
    detail: `Another of your theatres has externalRef '${externalRef}'.`,
    issues: [{ field, message: 'is already the reference of another of your theatres', code: 'already_exists' }],
  });
}

export async function createTheatre(w: Writer, input: TheatreFields & { externalRef: string }) {
  const values = await valuesOf(w.tx, input);
  let row: queries.TheatreRow;
  try {
    row = await queries.insertTheatre(w.tx, w.scope, { ...values, externalRef: input.externalRef, id: newId('thr') });
  } catch (error) {
    if (violatedUniqueConstraint(error) === 'theatres_partner_external_ref_unique') throw externalRefTaken(input.externalRef, ['externalRef']);
    throw error;
  }
  await w.audit({ action: 'theatre.created', targetType: 'theatre', targetIds: [row.id], details: { externalRef: input.externalRef } });
  return toTheatre(row);
}

export async function getTheatre(db: DbExecutor, scope: PartnerScope, theatreId: string) {
  const row = await queries.findTheatre(db, scope, theatreId);
  if (!row) throw notFound('theatre', theatreId);
  return row;
}

export async function listTheatres(db: DbExecutor, scope: PartnerScope, params: { status?: 'draft' | 'live'; limit: number; cursor?: string }) {
  const before = decodeCursor(params.cursor, 1) as [string] | undefined;
  const rows = await queries.listTheatres(db, scope, { ...params, before: before?.[0] });
  return pageOf(rows, params.limit, (row) => [row.id], toTheatre);
}

/**
 * Applies the fields that differ from the stored theatre. Nothing differing means nothing written:
 * no version bump, no audit record. The update is guarded by the version it was computed from,
 * so a concurrent change makes it a `precondition_failed` rather than a lost update.
 */
async function applyChanges(w: Writer, current: queries.TheatreRow, wanted: Partial<queries.TheatreValues>, ifMatch: string | undefined) {
  const expected = expectedVersion(ifMatch, current.id);
  if (expected !== undefined && expected !== current.version) throw staleEtag(current.id);
  const changes = Object.fromEntries(
    Object.entries(wanted).filter(([field, value]) => value !== undefined && !isDeepStrictEqual(current[field as keyof queries.TheatreRow], value)),
  ) as Partial<queries.TheatreValues>;
  if (Object.keys(changes).length === 0) return current;
  if ((changes.cityId !== undefined || changes.timeZone !== undefined) && (await queries.theatreHasShowtimes(w.tx, w.scope, current.id))) {
    // Showtimes carry the theatre's city and local dates computed in its zone.
    throw new DomainError('theatre_has_showtimes', { detail: 'A theatre with showtimes cannot move to another city or time zone.' });
  }
  const updated = await queries.updateTheatre(w.tx, w.scope, { theatreId: current.id, expectedVersion: current.version, changes });
  if (!updated) throw staleEtag(current.id);
  await w.audit({ action: 'theatre.updated', targetType: 'theatre', targetIds: [current.id], details: { changed: Object.keys(changes) } });
  return updated;
}

function patchValues(patch: Partial<TheatreFields>): Partial<queries.TheatreValues> {
  const { location, ...rest } = patch;
  return {
    ...rest,
    ...(location === undefined ? {} : { latitude: location?.latitude ?? null, longitude: location?.longitude ?? null }),
  } as Partial<queries.TheatreValues>;
}

export async function updateTheatre(w: Writer, theatreId: string, patch: Partial<TheatreFields>, ifMatch: string | undefined) {
  const current = await getTheatre(w.tx, w.scope, theatreId);
  if (patch.cityId !== undefined) await cityOf(w.tx, patch.cityId);
  return toTheatre(await applyChanges(w, current, patchValues(patch), ifMatch));
}

/** `PUT …/by-ref/{externalRef}`: the document is the whole theatre; created if the reference is new. */
export async function upsertTheatre(w: Writer, externalRef: string, document: TheatreFields, ifMatch: string | undefined) {
  const values = await valuesOf(w.tx, document);
  const existing = await queries.findTheatreByRef(w.tx, w.scope, externalRef);
  if (existing) return { created: false, theatre: toTheatre(await applyChanges(w, existing, values, ifMatch)) };
  if (ifMatch !== undefined && ifMatch.trim() !== '*') throw new DomainError('precondition_failed', { detail: `No theatre has externalRef '${externalRef}' to match.` });
  return { created: true, theatre: await createTheatre(w, { ...document, externalRef }) };
}

export async function deleteTheatre(w: Writer, theatreId: string, ifMatch: string | undefined) {
  const current = await getTheatre(w.tx, w.scope, theatreId);
  const expected = expectedVersion(ifMatch, current.id);
  if (expected !== undefined && expected !== current.version) throw staleEtag(current.id);
  if (await queries.theatreHasShowtimes(w.tx, w.scope, theatreId)) {
    throw new DomainError('theatre_has_showtimes', { detail: 'A theatre with showtimes cannot be deleted; set it back to draft instead.' });
  }
  await queries.deleteTheatreWithScreens(w.tx, w.scope, { theatreId, expectedVersion: current.version });
  await w.audit({ action: 'theatre.deleted', targetType: 'theatre', targetIds: [theatreId], details: { externalRef: current.externalRef } });
}
