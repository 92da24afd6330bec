/**
 * A price quote, line by line: the shape holds carry and bookings keep (the contract's `Quote`).
 * Offers fill `discounts`; every line's `price` is its base price less its discounts.
 */
export type { Money, Quote, QuoteDiscount, QuoteLine } from '../schemas/generated/components.ts';
