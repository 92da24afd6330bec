import { Type } from '@sinclair/typebox';
import { LocalDate, Money, Nullable, listOf } from './common.ts';
import { StringEnum } from './enum.ts';

export const City = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    country: Type.String({ pattern: '^[A-Z]{2}$' }),
    timeZone: Type.String(),
  },
  { $id: 'City', additionalProperties: false },
);
export const CityList = listOf(City, 'CityList');

/** A movie's own fields, shared by the public `Movie` and the admin's `AdminMovie`. */
export const movieProperties = {
  id: Type.String(),
  title: Type.String(),
  externalId: Nullable(Type.String()),
  languages: Type.Array(Type.String()),
  genres: Type.Array(Type.String()),
  durationMinutes: Type.Integer({ minimum: 1 }),
  certification: Nullable(Type.String()),
  releaseDate: Nullable(LocalDate),
  synopsis: Nullable(Type.String()),
};

/** `title` is in the reader's preferred locale where one is stored; `locale` says which (null: the original). */
export const Movie = Type.Object(
  {
    ...movieProperties,
    originalTitle: Type.String(),
    locale: Nullable(Type.String()),
  },
  { $id: 'Movie', additionalProperties: false },
);
export const MovieList = listOf(Movie, 'MovieList');

export const GeoPoint = Type.Object(
  {
    latitude: Type.Number({ minimum: -90, maximum: 90 }),
    longitude: Type.Number({ minimum: -180, maximum: 180 }),
  },
  { $id: 'GeoPoint', additionalProperties: false },
);

/** A live theatre as the public sees it: no partner references, no onboarding state. */
export const PublicTheatre = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    cityId: Type.String(),
    address: Type.String(),
    postalCode: Nullable(Type.String()),
    location: Nullable(Type.Ref(GeoPoint)),
    timeZone: Type.String(),
    payAtVenue: Type.Boolean(),
    cancellationCutoffMinutes: Type.Integer({ minimum: 0 }),
  },
  { $id: 'PublicTheatre', additionalProperties: false },
);
export const PublicTheatreList = listOf(PublicTheatre, 'PublicTheatreList');

const ShowtimeTimes = {
  startsAt: Type.String({ format: 'date-time' }),
  startsAtLocal: Type.String({ format: 'date-time' }),
  endsAt: Type.String({ format: 'date-time' }),
  localDate: LocalDate,
  timeZone: Type.String(),
  language: Type.String(),
  format: Type.String(),
};

/** One show time inside a theatre's listing for a movie. */
export const ShowtimeSummary = Type.Object(
  { id: Type.String(), ...ShowtimeTimes, screenId: Type.String(), screenName: Type.String() },
  { $id: 'ShowtimeSummary', additionalProperties: false },
);

export const TheatreShowtimes = Type.Object(
  { theatre: Type.Ref(PublicTheatre), showtimes: Type.Array(Type.Ref(ShowtimeSummary)) },
  { $id: 'TheatreShowtimes', additionalProperties: false },
);
export const TheatreShowtimesList = listOf(TheatreShowtimes, 'TheatreShowtimesList');

export const SeatCategoryPrice = Type.Object(
  { category: Type.String(), price: Type.Ref(Money) },
  { $id: 'SeatCategoryPrice', additionalProperties: false },
);

export const PublicShowtime = Type.Object(
  {
    id: Type.String(),
    movieId: Type.String(),
    theatreId: Type.String(),
    cityId: Type.String(),
    screenId: Type.String(),
    screenName: Type.String(),
    ...ShowtimeTimes,
    endsAtLocal: Type.String({ format: 'date-time' }),
    status: StringEnum(['scheduled', 'cancelled']),
    prices: Type.Array(Type.Ref(SeatCategoryPrice)),
  },
  { $id: 'PublicShowtime', additionalProperties: false },
);
