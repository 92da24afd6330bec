import type { OfferRow } from '../../db/queries/offers.ts';

/** `HH:MM:SS` as stored → `HH:MM` as the contract writes it. */
export const timeOfDay = (time: string | null) => (time === null ? null : time.slice(0, 5));

export function toPublicOffer(row: OfferRow) {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    kind: row.kind,
    percentOff: row.percentOff,
    nth: row.nth,
    repeats: row.repeats,
    windowStart: timeOfDay(row.windowStart),
    windowEnd: timeOfDay(row.windowEnd),
    daysOfWeek: row.daysOfWeek,
    scope: row.scope,
    scopeIds: row.scopeIds,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    priority: row.priority,
  };
}

export function toOffer(row: OfferRow) {
  return { ...toPublicOffer(row), status: row.status, version: row.version, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}
