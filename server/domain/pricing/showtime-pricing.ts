import type { DbExecutor } from '../../db/client.ts';
import { listShowtimePrices } from '../../db/queries/holds.ts';
import * as queries from '../../db/queries/offers.ts';
import { notFound } from '../errors.ts';
import { appliesToShowtime, momentOf, type OfferRule } from './offer-rules.ts';

/**
 * What prices seats of one showtime: its base price per category and the offers that apply to it.
 * Read once per request, in the caller's transaction (so a hold's quote is decided with the hold
 * and kept as it is from then on); each selection is then priced from it with `priceLines`: the
 * one pricing path of holds, and of the public "price this selection" call.
 */
export interface Pricing {
  prices: { category: string; amount: number; currency: string }[];
  offers: queries.OfferRow[];
}

type PricingShowtime = NonNullable<Awaited<ReturnType<typeof queries.findShowtimeForPricing>>>;
type ShowtimePlace = Pick<PricingShowtime, 'cityId' | 'theatreId' | 'startsAt' | 'timeZone'>;

/** The pricing of a showtime; pass the showtime when it has been read already. */
export async function pricingFor(db: DbExecutor, showtimeId: string, showtime?: ShowtimePlace): Promise<Pricing> {
  const place = showtime ?? (await queries.findShowtimeForPricing(db, showtimeId));
  if (!place) throw notFound('showtime', showtimeId);
  const [prices, offers] = await Promise.all([listShowtimePrices(db, showtimeId), offersPricing(db, place)]);
  return { prices, offers };
}

/**
 * The active offers that price this showtime: in scope (all, its city, its theatre), valid on the
 * show's local date, and for time windows, starting inside the window on an allowed day.
 */
export async function offersPricing(db: DbExecutor, showtime: ShowtimePlace): Promise<queries.OfferRow[]> {
  const moment = momentOf(showtime.startsAt, showtime.timeZone);
  const candidates = await queries.listActiveOffersInScope(db, { cityIds: [showtime.cityId], theatreIds: [showtime.theatreId], validOn: moment.localDate });
  return candidates.filter((offer) => appliesToShowtime(offer as OfferRule, moment));
}
