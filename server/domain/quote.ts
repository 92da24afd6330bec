/**
 * A price quote, line by line: the shape holds carry and bookings keep. Offers (a later issue)
 * fill `discounts`; every line's `price` is its base price less its discounts.
 */
export interface Money {
  amount: number;
  currency: string;
}

export interface QuoteLine {
  label: string;
  category: string;
  basePrice: Money;
  discounts: { offerId: string; description: string; amount: Money }[];
  price: Money;
}

export interface Quote {
  lines: QuoteLine[];
  total: Money;
}
