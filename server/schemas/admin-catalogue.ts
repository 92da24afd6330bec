import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { movieProperties } from './catalogue.ts';
import { LocalDate, Nullable } from './common.ts';
import { LOCALE_PATTERN } from '../domain/locale-preference.ts';

/** One line of text: no control characters, and never NUL, which Postgres cannot store. */
const SINGLE_LINE = '^[^\\u0000-\\u001f\\u007f]*$';
/** Free text may span lines but still never holds NUL. */
const NO_NUL = '^[^\\u0000]*$';

const CityName = Type.String({ minLength: 1, maxLength: 200, pattern: SINGLE_LINE });
/** Checked against the IANA database by the route's validator, beside every other field. */
/** `time-zone` is the validators' own format: a zone this runtime's IANA database knows. */
const TimeZone = Type.String({ format: 'time-zone', minLength: 1, maxLength: 64 });

export const CityIn = Type.Object(
  {
    name: CityName,
    country: Type.String({ pattern: '^[A-Z]{2}$' }),
    timeZone: TimeZone,
  },
  { $id: 'CityIn', additionalProperties: false },
);

/** The country is part of a city's identity, so it is not editable. */
export const CityPatch = Type.Object(
  {
    name: Type.Optional(CityName),
    timeZone: Type.Optional(TimeZone),
  },
  { $id: 'CityPatch', additionalProperties: false, minProperties: 1 },
);

const Title = Type.String({ minLength: 1, maxLength: 300, pattern: SINGLE_LINE });
/**
 * Locale → title. `propertyNames` rather than `patternProperties`, which the OpenAPI generator
 * rewrites into `additionalProperties` and so drops the key pattern from the live document.
 */
const localeMap = <T extends TSchema>(value: T, options: object = {}) =>
  Type.Unsafe<Record<string, Static<T>>>({ type: 'object', propertyNames: { pattern: LOCALE_PATTERN }, additionalProperties: value, ...options });
const LocalizedTitles = localeMap(Title, { maxProperties: 50 });
const Languages = Type.Array(Type.String({ pattern: '^[a-z]{2}$' }), { minItems: 1, maxItems: 20, uniqueItems: true });
// The same slugs the public `genre` filter accepts, so every stored genre can be filtered on.
const Genres = Type.Array(Type.String({ pattern: '^[a-z][a-z0-9-]{0,31}$' }), { minItems: 1, maxItems: 10, uniqueItems: true });
const DurationMinutes = Type.Integer({ minimum: 1, maximum: 600 });
const Certification = Type.String({ minLength: 1, maxLength: 16, pattern: SINGLE_LINE });
const Synopsis = Type.String({ minLength: 1, maxLength: 5000, pattern: NO_NUL });
const ExternalId = Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$' });

export const MovieIn = Type.Object(
  {
    title: Title,
    localizedTitles: Type.Optional(LocalizedTitles),
    languages: Languages,
    genres: Genres,
    durationMinutes: DurationMinutes,
    certification: Type.Optional(Nullable(Certification)),
    releaseDate: Type.Optional(LocalDate),
    synopsis: Type.Optional(Synopsis),
    externalId: Type.Optional(ExternalId),
  },
  { $id: 'MovieIn', additionalProperties: false },
);

/** Any subset of MovieIn; `null` clears an optional field, `localizedTitles` replaces the whole map. */
export const MoviePatch = Type.Object(
  {
    title: Type.Optional(Title),
    localizedTitles: Type.Optional(LocalizedTitles),
    languages: Type.Optional(Languages),
    genres: Type.Optional(Genres),
    durationMinutes: Type.Optional(DurationMinutes),
    certification: Type.Optional(Nullable(Certification)),
    releaseDate: Type.Optional(Nullable(LocalDate)),
    synopsis: Type.Optional(Nullable(Synopsis)),
    externalId: Type.Optional(Nullable(ExternalId)),
  },
  { $id: 'MoviePatch', additionalProperties: false, minProperties: 1 },
);

/** The movie as stored: the original title, every localized title, and its edit metadata. */
export const AdminMovie = Type.Object(
  {
    ...movieProperties,
    localizedTitles: localeMap(Type.String()),
    version: Type.Integer({ minimum: 1 }),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'AdminMovie', additionalProperties: false },
);
