import type { DbExecutor } from '../../db/client.ts';
import { listShowtimePrices } from '../../db/queries/holds.ts';
import * as queries from '../../db/queries/offers.ts';
import { notFound } from '../errors.ts';
import type { Quote } from '../quote.ts';
import { appliesToShowtime, momentOf, type OfferRule } from './offer-rules.ts';
import { priceLines, type PricedSeat } from './price-lines.ts';

/**
 * Prices seats of one showtime with the offers that apply to it: the one pricing path of holds,
 * and of the public "price this selection" call. Reads in the caller's transaction, so a hold's
 * quote is decided with the hold and kept as it is from then on.
 */
export async function quoteSeats(db: DbExecutor, showtimeId: string, seats: PricedSeat[]): Promise<Quote> {
  const showtime = await queries.findShowtimeForPricing(db, showtimeId);
  if (!showtime) throw notFound('showtime', showtimeId);
  const [prices, offers] = await Promise.all([listShowtimePrices(db, showtimeId), offersPricing(db, showtime)]);
  return priceLines(seats, prices, offers);
}

type PricingShowtime = NonNullable<Awaited<ReturnType<typeof queries.findShowtimeForPricing>>>;

/**
 * The active offers that price this showtime: in scope (all, its city, its theatre), valid on the
 * show's local date, and for time windows, starting inside the window on an allowed day.
 */
export async function offersPricing(db: DbExecutor, showtime: Pick<PricingShowtime, 'cityId' | 'theatreId' | 'startsAt' | 'timeZone'>): Promise<queries.OfferRow[]> {
  const moment = momentOf(showtime.startsAt, showtime.timeZone);
  const candidates = await queries.listActiveOffersInScope(db, { cityIds: [showtime.cityId], theatreIds: [showtime.theatreId], validOn: moment.localDate });
  return candidates.filter((offer) => appliesToShowtime(offer as OfferRule, moment));
}
