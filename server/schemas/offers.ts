import { Type } from '@sinclair/typebox';
import { OFFER_KINDS, OFFER_SCOPES, OFFER_STATUSES } from '../db/schema/offers.ts';
import { HOLD_SEATS_CEILING } from './holds.ts';
import { LocalDate, Nullable, listOf } from './common.ts';
import { StringEnum } from './enum.ts';

const Timestamp = Type.String({ format: 'date-time' });
/** A local wall-clock time of day, `HH:MM` (24-hour). */
const TimeOfDay = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' });
const DaysOfWeek = Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), { minItems: 1, maxItems: 7, uniqueItems: true });
const ScopeIds = Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { maxItems: 100, uniqueItems: true });
const SeatLabel = Type.String({ pattern: '^[A-Z]{1,3}[1-9][0-9]{0,2}$' });

/** The fields an admin sets; which of `nth`/`repeats` and the window fields apply depends on `kind`. */
const offerFields = {
  name: Type.String({ minLength: 1, maxLength: 120 }),
  description: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
  percentOff: Type.Integer({ minimum: 1, maximum: 100 }),
  nth: Type.Optional(Nullable(Type.Integer({ minimum: 2, maximum: 100 }))),
  repeats: Type.Optional(Type.Boolean()),
  windowStart: Type.Optional(Nullable(TimeOfDay)),
  windowEnd: Type.Optional(Nullable(TimeOfDay)),
  daysOfWeek: Type.Optional(Nullable(DaysOfWeek)),
  scope: Type.Optional(StringEnum(OFFER_SCOPES)),
  scopeIds: Type.Optional(ScopeIds),
  validFrom: Type.Optional(Nullable(LocalDate)),
  validUntil: Type.Optional(Nullable(LocalDate)),
  priority: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
};

export const OfferIn = Type.Object(
  { ...offerFields, kind: StringEnum(OFFER_KINDS), status: Type.Optional(StringEnum(OFFER_STATUSES)) },
  { $id: 'OfferIn', additionalProperties: false },
);

/** Everything but `kind` (an offer keeps its kind) and `status` (disable and enable it instead). */
export const OfferPatch = Type.Object(
  { ...offerFields, name: Type.Optional(offerFields.name), percentOff: Type.Optional(offerFields.percentOff) },
  { $id: 'OfferPatch', additionalProperties: false, minProperties: 1 },
);

const publicOfferProperties = {
  id: Type.String(),
  name: Type.String(),
  description: Nullable(Type.String()),
  kind: StringEnum(OFFER_KINDS),
  percentOff: Type.Integer(),
  nth: Nullable(Type.Integer()),
  repeats: Type.Boolean(),
  windowStart: Nullable(TimeOfDay),
  windowEnd: Nullable(TimeOfDay),
  daysOfWeek: Nullable(Type.Array(Type.Integer())),
  scope: StringEnum(OFFER_SCOPES),
  scopeIds: Type.Array(Type.String()),
  validFrom: Nullable(LocalDate),
  validUntil: Nullable(LocalDate),
  priority: Type.Integer(),
};

export const Offer = Type.Object(
  { ...publicOfferProperties, status: StringEnum(OFFER_STATUSES), version: Type.Integer(), createdAt: Timestamp, updatedAt: Timestamp },
  { $id: 'Offer', additionalProperties: false },
);
export const OfferList = listOf(Offer, 'OfferList');

export const PublicOffer = Type.Object(publicOfferProperties, { $id: 'PublicOffer', additionalProperties: false });
export const PublicOfferList = listOf(PublicOffer, 'PublicOfferList');

export const QuoteIn = Type.Object(
  { seats: Type.Array(SeatLabel, { minItems: 1, maxItems: HOLD_SEATS_CEILING, uniqueItems: true }) },
  { $id: 'QuoteIn', additionalProperties: false },
);
