import type { DbExecutor } from '../../db/client.ts';
import * as queries from '../../db/queries/offers.ts';
import { notFound } from '../errors.ts';
import { assertOnSale, assertPublic, namedSeats } from '../holds.ts';
import { localDateOf } from '../local-time.ts';
import { toPublicOffer } from './offer-view.ts';
import { priceLines } from './price-lines.ts';
import { offersPricing, pricingFor } from './showtime-pricing.ts';

/**
 * What the public sees of offers: those that apply to a place or a showtime, and the price of a
 * selection of seats without holding them. Draft theatres and their showtimes do not exist here.
 */

export type OfferPlace = { cityId: string } | { theatreId: string } | { showtimeId: string };

/**
 * For a showtime: exactly the offers that price it. For a city or a theatre: the active offers in
 * scope whose validity has not ended today in the place's zone, in the order they apply.
 */
export async function listApplicableOffers(db: DbExecutor, place: OfferPlace) {
  const rows = await applicableOfferRows(db, place);
  return { data: rows.map(toPublicOffer), nextCursor: null };
}

async function applicableOfferRows(db: DbExecutor, place: OfferPlace) {
  if ('showtimeId' in place) return offersPricing(db, await publicShowtime(db, place.showtimeId));
  const today = (timeZone: string) => localDateOf(new Date(), timeZone);
  if ('theatreId' in place) {
    const theatre = await queries.findLiveTheatre(db, place.theatreId);
    if (!theatre) throw notFound('theatre', place.theatreId);
    return queries.listActiveOffersInScope(db, { cityIds: [theatre.cityId], theatreIds: [theatre.id], validFromOnOrAfter: today(theatre.timeZone) });
  }
  const city = await queries.findCityWithLiveTheatres(db, place.cityId);
  if (!city) throw notFound('city', place.cityId);
  return queries.listActiveOffersInScope(db, { cityIds: [city.id], theatreIds: city.theatreIds, validFromOnOrAfter: today(city.timeZone) });
}

/** A showtime the public may see, as holds judge it: of a live theatre (else `not_found`), not cancelled (else `showtime_cancelled`). */
async function publicShowtime(db: DbExecutor, showtimeId: string) {
  const showtime = await queries.findShowtimeForPricing(db, showtimeId);
  assertPublic(showtime, showtimeId);
  return showtime;
}

/**
 * Prices seats exactly as a hold made now would (the same checks, seats and pricing), without
 * holding them or looking at whether they are free: the answer is a price, not a promise.
 */
export async function quoteSelection(db: DbExecutor, showtimeId: string, labels: string[]) {
  const showtime = await queries.findShowtimeForPricing(db, showtimeId);
  assertOnSale(showtime, showtimeId);
  const seats = await namedSeats(db, showtimeId, showtime.layoutId, labels);
  const { prices, offers } = await pricingFor(db, showtimeId, showtime);
  return priceLines(seats, prices, offers);
}
