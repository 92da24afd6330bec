import { Type } from '@sinclair/typebox';
import { Nullable, listOf } from './common.ts';
import { GeoPoint } from './catalogue.ts';
import { StringEnum } from './enum.ts';

const Timestamp = Type.String({ format: 'date-time' });
/** One line of text: no control characters (a NUL would not even be storable). */
const Line = (maxLength: number) => Type.String({ minLength: 1, maxLength, pattern: '^[^\\x00-\\x1f\\x7f]*$' });
export const ExternalRef = Type.String({
  minLength: 1,
  maxLength: 100,
  pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]*$',
  description: "The partner's own identifier for the resource, unique among its resources of this kind.",
});

const theatreFields = {
  name: Line(200),
  cityId: Type.String({ minLength: 1, maxLength: 64 }),
  address: Line(500),
  postalCode: Type.Optional(Nullable(Line(20))),
  location: Type.Optional(Nullable(Type.Ref(GeoPoint))),
  timeZone: Type.Optional(Type.String({ format: 'time-zone', maxLength: 64 })),
  status: Type.Optional(StringEnum(['draft', 'live'])),
  cleaningBufferMinutes: Type.Optional(Type.Integer({ minimum: 0, maximum: 240 })),
  cancellationCutoffMinutes: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_080 })),
  payAtVenue: Type.Optional(Type.Boolean()),
};

/** A theatre as a POS sends it; omitted settings take their defaults (the zone: its city's). */
export const TheatreIn = Type.Object(
  { externalRef: ExternalRef, ...theatreFields },
  { $id: 'TheatreIn', additionalProperties: false },
);

/** The whole theatre for `PUT …/by-ref/{externalRef}`: the reference is in the path. */
export const TheatreUpsert = Type.Object(theatreFields, { $id: 'TheatreUpsert', additionalProperties: false });

export const TheatrePatch = Type.Partial(Type.Object(theatreFields), {
  $id: 'TheatrePatch',
  additionalProperties: false,
  minProperties: 1,
});

export const Theatre = Type.Object(
  {
    id: Type.String(),
    externalRef: Type.String(),
    name: Type.String(),
    cityId: Type.String(),
    address: Type.String(),
    postalCode: Nullable(Type.String()),
    location: Nullable(Type.Ref(GeoPoint)),
    timeZone: Type.String(),
    status: StringEnum(['draft', 'live']),
    cleaningBufferMinutes: Type.Integer(),
    cancellationCutoffMinutes: Type.Integer(),
    payAtVenue: Type.Boolean(),
    version: Type.Integer({ minimum: 1 }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { $id: 'Theatre', additionalProperties: false },
);
export const TheatreList = listOf(Theatre, 'TheatreList');
