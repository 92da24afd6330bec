import type { AdminTargets, PartnerKind, Scope } from './access-principals.ts';
import type { TenantWorld } from './access-world.ts';

/**
 * The access matrix's table: for every operation of the contract, who may call it (written here
 * from the README and the contract's descriptions, not read from the server) and what a caller
 * that may call it gets when aimed at the other side's real ids. `access-matrix.test.ts` derives
 * every other caller's refusal from the access rule.
 */
export type Access =
  | { kind: 'public' }
  | { kind: 'admin' }
  /** Partner keys of these kinds carrying `scope` (any key when absent), and signed-in customers when `customers`. */
  | { kind: 'keyed'; partnerKinds: PartnerKind[]; scope?: Scope; customers: boolean };

export interface Expect {
  status: number;
  code?: string;
}

/** Whose ids a request is aimed at, and as whom: the counterpart of the caller on the other side. */
export interface Target {
  world: TenantWorld;
  as: 'theatre' | 'aggregator' | 'customer';
  admin: AdminTargets;
  catalogue: { cityId: string; movieId: string };
}

export interface Row {
  access: Access;
  /** What a caller that passes the access rule gets. */
  allowed: Expect;
  /** Path parameters other than the side's defaults (`defaultParams`). */
  params?: (target: Target) => Record<string, string>;
  query?: (target: Target) => Record<string, string>;
  /** The body; without it, the contract's example with the catalogue's ids in it. */
  body?: (target: Target) => unknown;
  /** For lists: an id of the caller's own side the list must show, so "none of the other's" is not an empty page. */
  ownSees?: (own: TenantWorld, as: Target['as']) => string;
}

const open: Access = { kind: 'public' };
const admin: Access = { kind: 'admin' };
const partners = (scope?: Scope): Access => ({ kind: 'keyed', partnerKinds: ['theatre', 'aggregator'], scope, customers: false });
const theatres = (scope: Scope): Access => ({ kind: 'keyed', partnerKinds: ['theatre'], scope, customers: false });
const aggregators = (scope: Scope): Access => ({ kind: 'keyed', partnerKinds: ['aggregator'], scope, customers: false });
const sellers = (scope: Scope): Access => ({ kind: 'keyed', partnerKinds: ['aggregator'], scope, customers: true });
const readers: Access = { kind: 'keyed', partnerKinds: ['theatre', 'aggregator'], scope: 'read', customers: true };

const ok: Expect = { status: 200 };
const created: Expect = { status: 201 };
/** Another tenant's id: as if it did not exist. */
const missing: Expect = { status: 404, code: 'not_found' };
/**
 * Operations that name no tenant's id (creating a city, a partner, one's own theatre): a body
 * with an unknown field shows the caller got past the access rule (authentication comes before
 * validation) and writes nothing.
 */
const probe = { allowed: { status: 400, code: 'validation_failed' }, body: () => ({ matrixProbe: true }) } satisfies Partial<Row>;

/** Each side's resources by path parameter name; the hold, booking and webhook ids are the caller's counterpart's. */
export function defaultParams({ world, as, admin: spare, catalogue }: Target): Record<string, string> {
  const hooks = as === 'aggregator' ? world.aggregatorHooks : world.theatreHooks;
  const sale = as === 'customer' ? world.direct : world.sold;
  return {
    ...catalogue,
    theatreId: world.live.id, externalRef: world.live.ref, screenId: world.live.screenId, layoutVersion: '1', showtimeId: world.live.showtimeId,
    holdId: sale.holdId, bookingId: sale.bookingId,
    endpointId: hooks.endpointId, deliveryId: hooks.deliveryId, eventId: hooks.eventId,
    partnerId: world.theatrePartner.partner.id, keyId: world.theatrePartner.key.id, offerId: spare.offerOn,
  };
}

const ownEndpoint = (own: TenantWorld, as: Target['as']) => (as === 'aggregator' ? own.aggregatorHooks : own.theatreHooks).endpointId;
const ownSale = (own: TenantWorld, as: Target['as']) => (as === 'customer' ? own.direct : own.sold).bookingId;

export const table: Record<string, Row> = {
  // Probes and the public catalogue: everyone gets the same answer, with nothing private in it.
  getHealth: { access: open, allowed: ok },
  getReadiness: { access: open, allowed: ok },
  listCities: { access: open, allowed: ok },
  listMoviesInCity: { access: open, allowed: ok },
  listTheatresShowingMovie: { access: open, allowed: ok },
  listTheatresInCity: { access: open, allowed: ok },
  getMovie: { access: open, allowed: ok },
  getTheatre: { access: open, allowed: ok },
  getShowtime: { access: open, allowed: ok },
  getSeatMap: { access: open, allowed: ok },
  quoteSeats: { access: open, allowed: ok, body: () => ({ seats: ['A7', 'A8'] }) },
  listApplicableOffers: { access: open, allowed: ok, query: ({ world }) => ({ showtimeId: world.live.showtimeId }) },

  // The platform admin's: aimed at the platform's spare records, or probed, so neither side changes.
  createCity: { access: admin, ...probe },
  updateCity: { access: admin, ...probe },
  createMovie: { access: admin, ...probe },
  getAdminMovie: { access: admin, allowed: ok },
  updateMovie: { access: admin, ...probe },
  createPartner: { access: admin, ...probe },
  listPartners: { access: admin, allowed: ok },
  getPartner: { access: admin, allowed: ok },
  suspendPartner: { access: admin, allowed: ok, params: ({ admin: spare }) => ({ partnerId: spare.toSuspend }) },
  reinstatePartner: { access: admin, allowed: ok, params: ({ admin: spare }) => ({ partnerId: spare.toReinstate }) },
  issueApiKey: { access: admin, ...probe },
  listApiKeys: { access: admin, allowed: ok },
  revokeApiKey: { access: admin, allowed: ok, params: ({ admin: spare }) => ({ partnerId: spare.keyHolder, keyId: spare.keyToRevoke }) },
  listAuditLog: { access: admin, allowed: ok },
  createOffer: { access: admin, ...probe },
  listOffers: { access: admin, allowed: ok },
  getOffer: { access: admin, allowed: ok },
  updateOffer: { access: admin, ...probe },
  disableOffer: { access: admin, allowed: ok, params: ({ admin: spare }) => ({ offerId: spare.offerOn }) },
  enableOffer: { access: admin, allowed: ok, params: ({ admin: spare }) => ({ offerId: spare.offerOff }) },

  // Any partner: its own account, audit log and events feed.
  getCallingPartner: { access: partners(), allowed: ok, ownSees: (own, as) => (as === 'aggregator' ? own.aggregator : own.theatrePartner).partner.id },
  listPartnerAuditLog: { access: partners('read'), allowed: ok },
  listEvents: { access: partners('read'), allowed: ok, query: () => ({ limit: '100' }), ownSees: (own, as) => (as === 'aggregator' ? own.sold.bookingId : own.live.showtimeId) },

  // A theatre partner's inventory: another's theatre, screen, layout or showtime does not exist.
  createTheatre: { access: theatres('inventory:write'), ...probe },
  listTheatres: { access: theatres('read'), allowed: ok, ownSees: (own) => own.live.id },
  getPartnerTheatre: { access: theatres('read'), allowed: missing },
  updateTheatre: { access: theatres('inventory:write'), allowed: missing },
  deleteTheatre: { access: theatres('inventory:write'), allowed: missing },
  // References are per partner: the other side's reference makes a theatre of the caller's own.
  upsertTheatre: {
    access: theatres('inventory:write'),
    allowed: created,
    body: ({ catalogue }) => ({ name: 'Upserted by reference', cityId: catalogue.cityId, address: '9 Elsewhere Road', status: 'draft' }),
  },
  createScreen: { access: theatres('inventory:write'), allowed: missing },
  listScreens: { access: theatres('read'), allowed: missing },
  upsertScreen: { access: theatres('inventory:write'), allowed: missing, params: ({ world }) => ({ externalRef: world.live.screenRef }) },
  getScreen: { access: theatres('read'), allowed: missing },
  updateScreen: { access: theatres('inventory:write'), allowed: missing },
  deleteScreen: { access: theatres('inventory:write'), allowed: missing },
  createSeatLayout: { access: theatres('inventory:write'), allowed: missing },
  listSeatLayouts: { access: theatres('read'), allowed: missing },
  getSeatLayout: { access: theatres('read'), allowed: missing },
  deleteSeatLayout: { access: theatres('inventory:write'), allowed: missing },
  retireSeatLayout: { access: theatres('inventory:write'), allowed: missing },
  getShowtimeSeats: { access: theatres('read'), allowed: missing },
  blockSeats: { access: theatres('inventory:write'), allowed: missing, body: () => ({ seats: ['A5'] }) },
  releaseSeats: { access: theatres('inventory:write'), allowed: missing, body: () => ({ seats: ['A1'] }) },
  createShowtime: { access: theatres('inventory:write'), allowed: missing },
  listPartnerShowtimes: { access: theatres('read'), allowed: missing },
  upsertShowtime: { access: theatres('inventory:write'), allowed: missing, params: ({ world }) => ({ externalRef: world.live.showtimeRef }) },
  getPartnerShowtime: { access: theatres('read'), allowed: missing },
  updateShowtime: { access: theatres('inventory:write'), allowed: missing },
  deleteShowtime: { access: theatres('inventory:write'), allowed: missing },
  cancelShowtime: { access: theatres('inventory:write'), allowed: missing },
  syncSchedule: { access: theatres('inventory:write'), allowed: missing },
  listPartnerBookings: { access: theatres('read'), allowed: ok, ownSees: (own) => own.sold.bookingId },

  // Holds and bookings: sellers (aggregators, customers) reach only their own sales.
  // A hold on the other side's showtime that is not on sale (its theatre is a draft).
  createHold: {
    access: sellers('bookings:write'),
    allowed: missing,
    body: ({ world, as }) => ({ showtimeId: world.draft.showtimeId, seats: ['A1'], ...(as === 'customer' ? {} : { customerRef: 'intruder' }) }),
  },
  getHold: { access: sellers('read'), allowed: missing },
  extendHold: { access: sellers('bookings:write'), allowed: missing, body: () => ({ seconds: 60 }) },
  releaseHold: { access: sellers('bookings:write'), allowed: missing },
  createBooking: {
    access: sellers('bookings:write'),
    allowed: missing,
    body: ({ world, as }) => (as === 'customer'
      ? { holdId: world.direct.holdId, payment: { method: 'pay_at_venue' } }
      : { holdId: world.sold.holdId, payment: { method: 'partner_collected', reference: 'pay-intruder' } }),
  },
  listBookings: { access: sellers('read'), allowed: ok, ownSees: ownSale },
  // Nothing is booked: the other side's hold is refused as not found.
  createBookingsInBulk: {
    access: aggregators('bookings:write'),
    allowed: { status: 409, code: 'bulk_booking_refused' },
    body: ({ world }) => ({ items: [{ holdId: world.sold.holdId, payment: { method: 'partner_collected', reference: 'pay-intruder' } }] }),
  },
  // Each booking has its own outcome: the other side's is `not_found`, and stays as it was.
  cancelBookingsInBulk: { access: aggregators('bookings:write'), allowed: ok, body: ({ world }) => ({ bookingIds: [world.sold.bookingId], reason: 'Intrusion' }) },
  getBooking: { access: readers, allowed: missing },
  cancelBooking: { access: sellers('bookings:write'), allowed: missing, body: () => ({ reason: 'Intrusion' }) },

  // Webhooks: another partner's endpoints, deliveries and events do not exist.
  createWebhookEndpoint: { access: partners('webhooks:manage'), ...probe },
  listWebhookEndpoints: { access: partners('webhooks:manage'), allowed: ok, ownSees: ownEndpoint },
  getWebhookEndpoint: { access: partners('webhooks:manage'), allowed: missing },
  updateWebhookEndpoint: { access: partners('webhooks:manage'), allowed: missing },
  deleteWebhookEndpoint: { access: partners('webhooks:manage'), allowed: missing },
  disableWebhookEndpoint: { access: partners('webhooks:manage'), allowed: missing },
  enableWebhookEndpoint: { access: partners('webhooks:manage'), allowed: missing },
  rotateWebhookSecret: { access: partners('webhooks:manage'), allowed: missing },
  sendWebhookTest: { access: partners('webhooks:manage'), allowed: missing },
  listWebhookEndpointDeliveries: { access: partners('webhooks:manage'), allowed: missing },
  replayWebhookDeliveries: { access: partners('webhooks:manage'), allowed: missing },
  listWebhookDeliveryAttempts: { access: partners('webhooks:manage'), allowed: missing },
  redeliverWebhook: { access: partners('webhooks:manage'), allowed: missing },
  listEventDeliveries: { access: partners('webhooks:manage'), allowed: missing },
};
