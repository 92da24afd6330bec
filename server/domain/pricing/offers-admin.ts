import { isDeepStrictEqual } from 'node:util';
import type { DbExecutor } from '../../db/client.ts';
import { newId } from '../../db/ids.ts';
import * as queries from '../../db/queries/offers.ts';
import type { OfferIn, OfferPatch } from '../../schemas/generated/components.ts';
import type { AuditWriter } from '../audit.ts';
import { expectedVersion, staleEtag } from '../etag.ts';
import { DomainError, notFound, type FieldIssue, type FieldPath } from '../errors.ts';
import { decodeCursor, pageOf } from '../pagination.ts';
import { timeOfDay, toOffer } from './offer-view.ts';

/**
 * Offers as the platform admin manages them. A request is checked as a whole offer (a patch merged
 * onto the stored one), so every rule holds the same way on create and update, and every bad field
 * is reported at once. The table's CHECK constraints stay the last word.
 */

export type OfferInput = OfferIn;
export type OfferPatchInput = OfferPatch;
type OfferValues = queries.OfferValues;

const issue = (field: string | FieldPath, message: string, code: string): FieldIssue => ({ field: typeof field === 'string' ? [field] : field, message, code });

/** The stored values of a whole offer, or every reason it is not one (`validation_failed`). */
function offerValues(offer: OfferInput): OfferValues {
  const issues: FieldIssue[] = [];
  const scope = offer.scope ?? 'all';
  const scopeIds = offer.scopeIds ?? [];
  if (offer.kind === 'nth_ticket') {
    if (offer.nth == null) issues.push(issue('nth', 'is required for an nth_ticket offer', 'required'));
    for (const field of ['windowStart', 'windowEnd', 'daysOfWeek'] as const) {
      if (offer[field] != null) issues.push(issue(field, 'applies only to time_window offers', 'not_allowed_for_kind'));
    }
  } else {
    if (offer.windowStart == null) issues.push(issue('windowStart', 'is required for a time_window offer', 'required'));
    if (offer.windowEnd == null) issues.push(issue('windowEnd', 'is required for a time_window offer', 'required'));
    if (offer.windowStart != null && offer.windowStart === offer.windowEnd) {
      issues.push(issue('windowEnd', 'must differ from windowStart (an earlier end wraps past midnight)', 'empty_window'));
    }
    if (offer.nth != null) issues.push(issue('nth', 'applies only to nth_ticket offers', 'not_allowed_for_kind'));
    if (offer.repeats) issues.push(issue('repeats', 'applies only to nth_ticket offers', 'not_allowed_for_kind'));
  }
  if (scope === 'all' && scopeIds.length > 0) issues.push(issue('scopeIds', "must be empty when scope is 'all'", 'not_allowed_for_scope'));
  if (scope !== 'all' && scopeIds.length === 0) issues.push(issue('scopeIds', `must name at least one of the ${scope}`, 'required'));
  if (offer.validFrom != null && offer.validUntil != null && offer.validUntil < offer.validFrom) {
    issues.push(issue('validUntil', 'must not be before validFrom', 'before_valid_from'));
  }
  if (issues.length > 0) throw new DomainError('validation_failed', { detail: 'The offer is not valid.', issues });
  return {
    name: offer.name,
    description: offer.description ?? null,
    kind: offer.kind,
    percentOff: offer.percentOff,
    nth: offer.kind === 'nth_ticket' ? offer.nth! : null,
    repeats: offer.kind === 'nth_ticket' ? (offer.repeats ?? false) : false,
    windowStart: offer.kind === 'time_window' ? offer.windowStart! : null,
    windowEnd: offer.kind === 'time_window' ? offer.windowEnd! : null,
    daysOfWeek: offer.kind === 'time_window' && offer.daysOfWeek ? [...offer.daysOfWeek].sort((a, b) => a - b) : null,
    scope,
    scopeIds,
    validFrom: offer.validFrom ?? null,
    validUntil: offer.validUntil ?? null,
    priority: offer.priority ?? 0,
    status: offer.status ?? 'active',
  };
}

/** Scope ids must name existing cities or theatres: `unknown_scope_ids`, with an issue at each that does not. */
async function checkScopeIds(db: DbExecutor, values: Pick<OfferValues, 'scope' | 'scopeIds'>) {
  if (values.scope === 'all') return;
  const found = new Set(values.scope === 'cities' ? await queries.existingCityIds(db, values.scopeIds) : await queries.existingTheatreIds(db, values.scopeIds));
  const kind = values.scope === 'cities' ? 'city' : 'theatre';
  const issues = values.scopeIds.flatMap((id, index) => (found.has(id) ? [] : [issue(['scopeIds', index], `'${id}' is not a known ${kind}`, 'not_found')]));
  if (issues.length > 0) throw new DomainError('unknown_scope_ids', { detail: `Some scope ids name no ${kind}.`, issues });
}

export async function createOffer(tx: DbExecutor, audit: AuditWriter, input: OfferInput) {
  const values = offerValues(input);
  await checkScopeIds(tx, values);
  const offer = await queries.insertOffer(tx, { id: newId('off'), ...values });
  await audit({ action: 'offer.created', targetType: 'offer', targetIds: [offer.id], details: { ...values } });
  return toOffer(offer);
}

export async function getOffer(db: DbExecutor, offerId: string) {
  const offer = await queries.findOffer(db, offerId);
  if (!offer) throw notFound('offer', offerId);
  return toOffer(offer);
}

export async function listOffers(db: DbExecutor, params: { status?: 'active' | 'disabled'; limit: number; cursor?: string }) {
  const before = decodeCursor(params.cursor, 1) as [string] | undefined;
  const rows = await queries.listOffers(db, { ...params, before: before?.[0] });
  return pageOf(rows, params.limit, (row) => [row.id], toOffer);
}

/** The stored offer in the shape a request has, so a patch merges onto it field by field. */
function asInput(row: queries.OfferRow): OfferInput {
  return { ...row, windowStart: timeOfDay(row.windowStart), windowEnd: timeOfDay(row.windowEnd) };
}

/**
 * Fields not in the patch keep their value (`null` clears an optional one); moving to scope `all`
 * drops the scope ids unless the patch names some. A patch that changes nothing writes nothing.
 */
export async function updateOffer(tx: DbExecutor, audit: AuditWriter, offerId: string, patch: OfferPatchInput, ifMatch: string | undefined) {
  const current = await queries.findOffer(tx, offerId, { forUpdate: true });
  if (!current) throw notFound('offer', offerId);
  const expected = expectedVersion(ifMatch, current.id);
  if (expected !== undefined && expected !== current.version) throw staleEtag(current.id);
  const stored = asInput(current) as Record<string, unknown>;
  const given = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
  const merged = { ...stored, ...given } as OfferInput;
  if (patch.scope === 'all' && patch.scopeIds === undefined) merged.scopeIds = [];
  const wanted = offerValues(merged);
  const changes = Object.fromEntries(
    Object.entries(wanted).filter(([field, value]) => !isDeepStrictEqual(stored[field] ?? null, value)),
  ) as Partial<OfferValues>;
  if (Object.keys(changes).length === 0) return toOffer(current);
  if (changes.scope !== undefined || changes.scopeIds !== undefined) await checkScopeIds(tx, wanted);
  const updated = await queries.updateOffer(tx, { offerId, expectedVersion: current.version, changes });
  if (!updated) throw staleEtag(offerId);
  await audit({
    action: 'offer.updated',
    targetType: 'offer',
    targetIds: [offerId],
    details: Object.fromEntries(Object.entries(changes).map(([field, to]) => [field, { from: stored[field] ?? null, to }])),
  });
  return toOffer(updated);
}

/** Disabling a disabled offer (or enabling an active one) changes nothing and records nothing. */
export async function setOfferStatus(tx: DbExecutor, audit: AuditWriter, offerId: string, status: 'active' | 'disabled') {
  const current = await queries.findOffer(tx, offerId, { forUpdate: true });
  if (!current) throw notFound('offer', offerId);
  if (current.status === status) return toOffer(current);
  const updated = await queries.updateOffer(tx, { offerId, expectedVersion: current.version, changes: { status } });
  if (!updated) throw staleEtag(offerId);
  await audit({ action: status === 'disabled' ? 'offer.disabled' : 'offer.enabled', targetType: 'offer', targetIds: [offerId] });
  return toOffer(updated);
}
