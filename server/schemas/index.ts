import type { TSchema } from '@sinclair/typebox';
import * as adminCatalogue from './admin-catalogue.ts';
import * as bookings from './bookings.ts';
import * as catalogue from './catalogue.ts';
import { Money, Problem, ValidationIssue } from './common.ts';
import * as holds from './holds.ts';
import { Health, Readiness } from './ops.ts';
import * as partners from './partners.ts';
import * as screens from './screens.ts';
import * as seats from './seats.ts';
import * as seatMap from './seat-map.ts';
import * as showtimes from './showtimes.ts';
import * as theatres from './theatres.ts';

/**
 * Every schema that is a component of the contract, registered once with `addSchema` (and with both
 * validators) so routes reference them by `$id` and the live document emits the same `$ref`s.
 * Order matters: a schema comes after the schemas it references.
 */
export const componentSchemas: TSchema[] = [
  ValidationIssue,
  Problem,
  Money,
  Health,
  Readiness,
  catalogue.City,
  catalogue.CityList,
  catalogue.Movie,
  catalogue.MovieList,
  catalogue.GeoPoint,
  catalogue.PublicTheatre,
  catalogue.PublicTheatreList,
  catalogue.ShowtimeSummary,
  catalogue.TheatreShowtimes,
  catalogue.TheatreShowtimesList,
  catalogue.SeatCategoryPrice,
  catalogue.PublicShowtime,
  seatMap.SeatMapShowtime,
  seatMap.SeatMapGrid,
  seatMap.SeatMapRow,
  seatMap.SeatMapSeat,
  seatMap.SeatCategoryAvailability,
  seatMap.SeatMap,
  adminCatalogue.CityIn,
  adminCatalogue.CityPatch,
  adminCatalogue.MovieIn,
  adminCatalogue.MoviePatch,
  adminCatalogue.AdminMovie,
  partners.PartnerIn,
  partners.Partner,
  partners.PartnerList,
  partners.ApiKeyIn,
  partners.ApiKey,
  partners.ApiKeyList,
  partners.IssuedApiKey,
  partners.CallingPartner,
  partners.AuditRecord,
  partners.AuditRecordList,
  screens.ScreenIn,
  screens.ScreenUpsert,
  screens.ScreenPatch,
  screens.Screen,
  screens.ScreenList,
  screens.SeatLayoutIn,
  screens.SeatLayoutSummary,
  screens.SeatLayoutList,
  screens.SeatLayout,
  theatres.TheatreIn,
  theatres.TheatreUpsert,
  theatres.TheatrePatch,
  theatres.Theatre,
  theatres.TheatreList,
  seats.SeatBlockIn,
  seats.SeatReleaseIn,
  seats.PartnerSeat,
  seats.PartnerSeatInventory,
  seats.SeatAllocation,
  showtimes.ShowtimeIn,
  showtimes.ShowtimeUpsert,
  showtimes.ShowtimePatch,
  showtimes.PartnerShowtime,
  showtimes.PartnerShowtimeList,
  holds.HoldIn,
  holds.HoldExtendIn,
  holds.QuoteDiscount,
  holds.QuoteLine,
  holds.Quote,
  holds.HoldSeat,
  holds.Hold,
  bookings.BookingPaymentIn,
  bookings.BookingIn,
  bookings.BookingChannel,
  bookings.BookingSeat,
  bookings.BookingPayment,
  bookings.BookingRefund,
  bookings.BookingCancellation,
  bookings.Booking,
  bookings.BookingList,
  bookings.BookingCancelIn,
  bookings.BulkBookingIn,
  bookings.BulkBookingResult,
  bookings.BulkCancellationIn,
  bookings.BulkCancellationRefusal,
  bookings.BulkCancellationOutcome,
  bookings.BulkCancellationResult,
];
