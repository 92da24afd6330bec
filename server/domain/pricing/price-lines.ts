import { DomainError } from '../errors.ts';
import type { Money, Quote, QuoteLine } from '../quote.ts';
import { givesToPosition, type OfferRule } from './offer-rules.ts';

/**
 * The combination rule, as the contract states it (Quote):
 * 1. lines are ordered by base price, highest first, then by label (row, then seat number);
 * 2. the offers that apply go in priority order (lower first, ties by offer id);
 * 3. on each line, each discount is `percentOff` of the line's price after the earlier ones
 *    (so they compound), rounded half-up to a minor unit;
 * 4. an nth-ticket offer gives to the line at position n (and 2n, 3n … when it repeats) in that
 *    order; a time-window offer gives to every line.
 */

export interface PricedSeat {
  label: string;
  category: string;
}

/** `percent` of `amount` minor units, rounded half-up (333 × 50% = 166.5 → 167). */
export function percentOfRoundedHalfUp(amount: number, percent: number): number {
  return Math.floor((amount * percent + 50) / 100);
}

/** `A2` before `A10`; rows alphabetically, then seat numbers numerically. */
export function compareLabels(a: string, b: string): number {
  const [, rowA = a, numberA = '0'] = /^([A-Z]+)(\d+)$/.exec(a) ?? [];
  const [, rowB = b, numberB = '0'] = /^([A-Z]+)(\d+)$/.exec(b) ?? [];
  if (rowA !== rowB) return rowA < rowB ? -1 : 1;
  return Number(numberA) - Number(numberB);
}

export function priceLines(seats: PricedSeat[], prices: { category: string; amount: number; currency: string }[], offers: OfferRule[]): Quote {
  const priceOf = new Map(prices.map((price) => [price.category, { amount: price.amount, currency: price.currency }]));
  const based = seats.map(({ label, category }) => {
    const basePrice = priceOf.get(category);
    if (!basePrice) throw new DomainError('conflict', { detail: `Seat '${label}' (${category}) has no price for this showtime.` });
    return { label, category, basePrice };
  });
  const currency = based[0]!.basePrice.currency;
  if (based.some((line) => line.basePrice.currency !== currency)) throw new DomainError('conflict', { detail: 'The seats are priced in different currencies.' });
  based.sort((a, b) => b.basePrice.amount - a.basePrice.amount || compareLabels(a.label, b.label));

  const ordered = [...offers].sort((a, b) => a.priority - b.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const lines: QuoteLine[] = based.map((line, index) => {
    let amount = line.basePrice.amount;
    const discounts: QuoteLine['discounts'] = [];
    for (const offer of ordered) {
      if (!givesToPosition(offer, index + 1)) continue;
      const off = percentOfRoundedHalfUp(amount, offer.percentOff);
      if (off === 0) continue;
      amount -= off;
      discounts.push({ offerId: offer.id, description: offer.name, amount: money(off, currency) });
    }
    return { ...line, discounts, price: money(amount, currency) };
  });
  return { lines, total: money(lines.reduce((sum, line) => sum + line.price.amount, 0), currency) };
}

const money = (amount: number, currency: string): Money => ({ amount, currency });
