// Generated from openapi/ by sdk/scripts/generate-resources.ts (npm run sdk:generate). Do not edit.
import type { ApiPromise } from '../api-promise.ts';
import { pathOf, type Caller } from '../caller.ts';
import type { PagePromise } from '../pagination.ts';
import type { RequestOptions } from '../transport.ts';
import type { ListItem, PathParam, QueryParams, RequestBody, ResponseBody } from '../types.ts';

/** Where every contract operation lives on the client, by operationId. */
export const OPERATION_METHODS = {
  listCities: 'catalogue.cities.list',
  listMoviesInCity: 'catalogue.movies.listInCity',
  listTheatresShowingMovie: 'catalogue.showtimes.listForMovie',
  listTheatresInCity: 'catalogue.theatres.listInCity',
  getMovie: 'catalogue.movies.retrieve',
  getTheatre: 'catalogue.theatres.retrieve',
  getShowtime: 'catalogue.showtimes.retrieve',
  getSeatMap: 'seatMaps.retrieve',
  quoteSeats: 'catalogue.quote',
  listApplicableOffers: 'catalogue.offers.list',
  createCity: 'admin.cities.create',
  updateCity: 'admin.cities.update',
  createMovie: 'admin.movies.create',
  getAdminMovie: 'admin.movies.retrieve',
  updateMovie: 'admin.movies.update',
  listPartners: 'admin.partners.list',
  createPartner: 'admin.partners.create',
  getPartner: 'admin.partners.retrieve',
  suspendPartner: 'admin.partners.suspend',
  reinstatePartner: 'admin.partners.reinstate',
  listApiKeys: 'admin.partners.keys.list',
  issueApiKey: 'admin.partners.keys.issue',
  revokeApiKey: 'admin.partners.keys.revoke',
  listAuditLog: 'admin.auditLog.list',
  listOffers: 'admin.offers.list',
  createOffer: 'admin.offers.create',
  getOffer: 'admin.offers.retrieve',
  updateOffer: 'admin.offers.update',
  disableOffer: 'admin.offers.disable',
  enableOffer: 'admin.offers.enable',
  getCallingPartner: 'partner.retrieve',
  listPartnerAuditLog: 'partner.auditLog.list',
  listTheatres: 'partner.theatres.list',
  createTheatre: 'partner.theatres.create',
  getPartnerTheatre: 'partner.theatres.retrieve',
  updateTheatre: 'partner.theatres.update',
  deleteTheatre: 'partner.theatres.delete',
  upsertTheatre: 'partner.theatres.upsert',
  listScreens: 'partner.screens.list',
  createScreen: 'partner.screens.create',
  upsertScreen: 'partner.screens.upsert',
  getScreen: 'partner.screens.retrieve',
  updateScreen: 'partner.screens.update',
  deleteScreen: 'partner.screens.delete',
  listSeatLayouts: 'partner.layouts.list',
  createSeatLayout: 'partner.layouts.create',
  getSeatLayout: 'partner.layouts.retrieve',
  deleteSeatLayout: 'partner.layouts.delete',
  retireSeatLayout: 'partner.layouts.retire',
  getShowtimeSeats: 'partner.seats.retrieve',
  blockSeats: 'partner.seats.block',
  releaseSeats: 'partner.seats.release',
  listPartnerShowtimes: 'partner.showtimes.list',
  createShowtime: 'partner.showtimes.create',
  upsertShowtime: 'partner.showtimes.upsert',
  getPartnerShowtime: 'partner.showtimes.retrieve',
  updateShowtime: 'partner.showtimes.update',
  deleteShowtime: 'partner.showtimes.delete',
  cancelShowtime: 'partner.showtimes.cancel',
  syncSchedule: 'partner.schedule.apply',
  createHold: 'holds.create',
  getHold: 'holds.retrieve',
  extendHold: 'holds.extend',
  releaseHold: 'holds.release',
  listBookings: 'bookings.list',
  createBooking: 'bookings.create',
  createBookingsInBulk: 'bookings.createBulk',
  cancelBookingsInBulk: 'bookings.cancelBulk',
  getBooking: 'bookings.retrieve',
  cancelBooking: 'bookings.cancel',
  listPartnerBookings: 'partner.bookings.list',
  listWebhookEndpoints: 'webhooks.endpoints.list',
  createWebhookEndpoint: 'webhooks.endpoints.create',
  getWebhookEndpoint: 'webhooks.endpoints.retrieve',
  updateWebhookEndpoint: 'webhooks.endpoints.update',
  deleteWebhookEndpoint: 'webhooks.endpoints.delete',
  disableWebhookEndpoint: 'webhooks.endpoints.disable',
  enableWebhookEndpoint: 'webhooks.endpoints.enable',
  rotateWebhookSecret: 'webhooks.endpoints.rotateSecret',
  sendWebhookTest: 'webhooks.endpoints.sendTest',
  listWebhookEndpointDeliveries: 'webhooks.deliveries.list',
  replayWebhookDeliveries: 'webhooks.endpoints.replay',
  listWebhookDeliveryAttempts: 'webhooks.deliveries.listAttempts',
  redeliverWebhook: 'webhooks.deliveries.redeliver',
  listEvents: 'events.list',
  listEventDeliveries: 'webhooks.deliveries.listForEvent',
} as const;

export class CatalogueCitiesResource {
  constructor(protected readonly caller: Caller) {
  }

  /**
   * List cities
   * `GET /v1/cities` (listCities)
   */
  list(query?: QueryParams<'listCities'>, options?: RequestOptions): PagePromise<ListItem<'listCities'>> {
    return this.caller.list({ method: 'GET', path: '/v1/cities', query }, 'cursor', options);
  }
}

export class CatalogueMoviesResource {
  constructor(protected readonly caller: Caller) {
  }

  /**
   * List the movies showing in a city
   * `GET /v1/cities/{cityId}/movies` (listMoviesInCity)
   */
  listInCity(cityId: PathParam<'listMoviesInCity', 'cityId'>, query?: QueryParams<'listMoviesInCity'>, options?: RequestOptions): PagePromise<ListItem<'listMoviesInCity'>> {
    return this.caller.list({ method: 'GET', path: pathOf('/v1/cities/{cityId}/movies', { cityId }), query }, 'cursor', options);
  }

  /**
   * Get a movie
   * `GET /v1/movies/{movieId}` (getMovie)
   */
  retrieve(movieId: PathParam<'getMovie', 'movieId'>, query?: QueryParams<'getMovie'>, options?: RequestOptions): ApiPromise<ResponseBody<'getMovie'>> {
    return this.caller.call({ method: 'GET', path: pathOf('/v1/movies/{movieId}', { movieId }), query }, options);
  }
}

export class CatalogueShowtimesResource {
  constructor(protected readonly caller: Caller) {
  }

  /**
   * List the theatres running a movie in a city, with their show times
   * `GET /v1/cities/{cityId}/movies/{movieId}/showtimes` (listTheatresShowingMovie)
   */
  listForMovie(cityId: PathParam<'listTheatresShowingMovie', 'cityId'>, movieId: PathParam<'listTheatresShowingMovie', 'movieId'>, query?: QueryParams<'listTheatresShowingMovie'>, options?: RequestOptions): PagePromise<ListItem<'listTheatresShowingMovie'>> {
    return this.caller.list({ method: 'GET', path: pathOf('/v1/cities/{cityId}/movies/{movieId}/showtimes', { cityId, movieId }), query }, 'cursor', options);
  }

  /**
   * Get a showtime with its prices
   * `GET /v1/showtimes/{showtimeId}` (getShowtime)
   */
  retrieve(showtimeId: PathParam<'getShowtime', 'showtimeId'>, options?: RequestOptions): ApiPromise<ResponseBody<'getShowtime'>> {
    return this.caller.call({ method: 'GET', path: pathOf('/v1/showtimes/{showtimeId}', { showtimeId }) }, options);
  }
}

export class CatalogueTheatresResource {
  constructor(protected readonly caller: Caller) {
  }

  /**
   * List the live theatres in a city
   * `GET /v1/cities/{cityId}/theatres` (listTheatresInCity)
   */
  listInCity(cityId: PathParam<'listTheatresInCity', 'cityId'>, query?: QueryParams<'listTheatresInCity'>, options?: RequestOptions): PagePromise<ListItem<'listTheatresInCity'>> {
    return this.caller.list({ method: 'GET', path: pathOf('/v1/cities/{cityId}/theatres', { cityId }), query }, 'cursor', options);
  }

  /**
   * Get a live theatre
   * `GET /v1/theatres/{theatreId}` (getTheatre)
   */
  retrieve(theatreId: PathParam<'getTheatre', 'theatreId'>, options?: RequestOptions): ApiPromise<ResponseBody<'getTheatre'>> {
    return this.caller.call({ method: 'GET', path: pathOf('/v1/theatres/{theatreId}', { theatreId }) }, options);
  }
}

export class CatalogueOffersResource {
  constructor(protected readonly caller: Caller) {
  }

  /**
   * List the offers that apply to a city, a theatre or a showtime
   * `GET /v1/offers` (listApplicableOffers)
   */
  list(query?: QueryParams<'listApplicableOffers'>, options?: RequestOptions): ApiPromise<ResponseBody<'listApplicableOffers'>> {
    return this.caller.call({ method: 'GET', path: '/v1/offers', query }, options);
  }
}

export class CatalogueResource {
  readonly cities: CatalogueCitiesResource;
  readonly movies: CatalogueMoviesResource;
  readonly showtimes: CatalogueShowtimesResource;
  readonly theatres: CatalogueTheatresResource;
  readonly offers: CatalogueOffersResource;
  constructor(protected readonly caller: Caller) {
    this.cities = new CatalogueCitiesResource(caller);
    this.movies = new CatalogueMoviesResource(caller);
    this.showtimes = new CatalogueShowtimesResource(caller);
    this.theatres = new CatalogueTheatresResource(caller);
    this.offers = new CatalogueOffersResource(caller);
  }

  /**
   * Price a selection of seats without holding them
   * `POST /v1/showtimes/{showtimeId}/quote` (quoteSeats)
   */
  quote(showtimeId: PathParam<'quoteSeats', 'showtimeId'>, body: RequestBody<'quoteSeats'>, options?: RequestOptions): ApiPromise<ResponseBody<'quoteSeats'>> {
    return this.caller.call({ method: 'POST', path: pathOf('/v1/showtimes/{showtimeId}/quote', { showtimeId }), body }, options);
  }
}

export class SeatMapsResource {
  constructor(protected readonly caller: Caller) {
  }

  /**
   * Get the seat map of a showtime, with availability and prices
   * `GET /v1/showtimes/{showtimeId}/seat-map` (getSeatMap)
   */
  retrieve(showtimeId: PathParam<'getSeatMap', 'showtimeId'>, options?: RequestOptions): ApiPromise<ResponseBody<'getSeatMap'>> {
    return this.caller.call({ method: 'GET', path: pathOf('/v1/showtimes/{showtimeId}/seat-map', { showtimeId }) }, options);
  }
}

export class AdminCitiesResource {
  constructor(protected readonly caller: Caller) {
  }

  /**
   * Create a city
   * `POST /v1/admin/cities` (createCity)
   */
  create(body: RequestBody<'createCity'>, options?: RequestOptions): ApiPromise<ResponseBody<'createCity'>> {
    return this.caller.call({ method: 'POST', path: '/v1/admin/cities', body }, options);
  }

  /**
   * Update a city
   * `PATCH /v1/admin/cities/{cityId}` (updateCity)
   */
  update(cityId: PathParam<'updateCity', 'cityId'>, body: RequestBody<'updateCity'>, options?: RequestOptions): ApiPromise<ResponseBody<'updateCity'>> {
    return this.caller.call({ method: 'PATCH', path: pathOf('/v1/admin/cities/{cityId}', { cityId }), body }, options);
  }
}

export class AdminMoviesResource {
  constructor(protected readonly caller: Caller) {
  }

  /**
   * Create a movie
   * `POST /v1/admin/movies` (createMovie)
   */
  create(body: RequestBody<'createMovie'>, options?: RequestOptions): ApiPromise<ResponseBody<'createMovie'>> {
    return this.caller.call({ method: 'POST', path: '/v1/admin/movies', body }, options);
  }

  /**
   * Get a movie with all its localized titles
   * `GET /v1/admin/movies/{movieId}` (getAdminMovie)
   */
  retrieve(movieId: PathParam<'getAdminMovie', 'movieId'>, options?: RequestOptions): ApiPromise<ResponseBody<'getAdminMovie'>> {
    return this.caller.call({ method: 'GET', path: pathOf('/v1/admin/movies/{movieId}', { movieId }) }, options);
  }

  /**
   * Update a movie
   * `PATCH /v1/admin/movies/{movieId}` (updateMovie)
   */
  update(movieId: PathParam<'updateMovie', 'movieId'>, body: RequestBody<'updateMovie'>, options?: RequestOptions): ApiPromise<ResponseBody<'updateMovie'>> {
    return this.caller.call({ method: 'PATCH', path: pathOf('/v1/admin/movies/{movieId}', { movieId }), body }, options);
  }
}

export class AdminPartnersKeysResource {
  constructor(protected readonly caller: Caller) {
  }

  /**
   * List a partner's API keys
   * `GET /v1/admin/partners/{partnerId}/keys` (listApiKeys)
   */
  list(partnerId: PathParam<'listApiKeys', 'partnerId'>, query?: QueryParams<'listApiKeys'>, options?: RequestOptions): PagePromise<ListItem<'listApiKeys'>> {
    return this.caller.list({ method: 'GET', path: pathOf('/v1/admin/partners/{partnerId}/keys', { partnerId }), query }, 'cursor', options);
  }

  /**
   * Issue an API key (its secret is shown once)
   * `POST /v1/admin/partners/{partnerId}/keys` (issueApiKey)
   */
  issue(partnerId: PathParam<'issueApiKey', 'partnerId'>, body: RequestBody<'issueApiKey'>, options?: RequestOptions): ApiPromise<ResponseBody<'issueApiKey'>> {
    return this.caller.call({ method: 'POST', path: pathOf('/v1/admin/partners/{partnerId}/keys', { partnerId }), body }, options);
  }

  /**
   * Revoke an API key (it stops working at once)
   * `POST /v1/admin/partners/{partnerId}/keys/{keyId}/revoke` (revokeApiKey)
   */
  revoke(partnerId: PathParam<'revokeApiKey', 'partnerId'>, keyId: PathParam<'revokeApiKey', 'keyId'>, options?: RequestOptions): ApiPromise<ResponseBody<'revokeApiKey'>> {
    return this.caller.call({ method: 'POST', path: pathOf('/v1/admin/partners/{partnerId}/keys/{keyId}/revoke', { partnerId, keyId }) }, options);
  }
}

export class AdminPartnersResource {
  readonly keys: AdminPartnersKeysResource;
  constructor(protected readonly caller: Caller) {
    this.keys = new AdminPartnersKeysResource(caller);
  }

  /**
   * List partners
   * `GET /v1/admin/partners` (listPartners)
   */
  list(query?: QueryParams<'listPartners'>, options?: RequestOptions): PagePromise<ListItem<'listPartners'>> {
    return this.caller.list({ method: 'GET', path: '/v1/admin/partners', query }, 'cursor', options);
  }

  /**
   * Create a partner
   * `POST /v1/admin/partners` (createPartner)
   */
  create(body: RequestBody<'createPartner'>, options?: RequestOptions): ApiPromise<ResponseBody<'createPartner'>> {
    return this.caller.call({ method: 'POST', path: '/v1/admin/partners', body }, options);
  }

  /**
   * Get a partner
   * `GET /v1/admin/partners/{partnerId}` (getPartner)
   */
  retrieve(partnerId: PathParam<'getPartner', 'partnerId'>, options?: RequestOptions): ApiPromise<ResponseBody<'getPartner'>> {
    return this.caller.call({ method: 'GET', path: pathOf('/v1/admin/partners/{partnerId}', { partnerId }) }, options);
  }

  /**
   * Suspend a partner (its keys stop working at once)
   * `POST /v1/admin/partners/{partnerId}/suspend` (suspendPartner)
   */
  suspend(partnerId: PathParam<'suspendPartner', 'partnerId'>, options?: RequestOptions): ApiPromise<ResponseBody<'suspendPartner'>> {
    return this.caller.call({ method: 'POST', path: pathOf('/v1/admin/partners/{partnerId}/suspend', { partnerId }) }, options);
  }

  /**
   * Reinstate a suspended partner
   * `POST /v1/admin/partners/{partnerId}/reinstate` (reinstatePartner)
   */
  reinstate(partnerId: PathParam<'reinstatePartner', 'partnerId'>, options?: RequestOptions): ApiPromise<ResponseBody<'reinstatePartner'>> {
    return this.caller.call({ method: 'POST', path: pathOf('/v1/admin/partners/{partnerId}/reinstate', { partnerId }) }, options);
  }
}

export class AdminAuditLogResource {
  constructor(protected readonly caller: Caller) {
  }

  /**
   * List audit records, newest first
   * `GET /v1/admin/audit-log` (listAuditLog)
   */
  list(query?: QueryParams<'listAuditLog'>, options?: RequestOptions): PagePromise<ListItem<'listAuditLog'>> {
    return this.caller.list({ method: 'GET', path: '/v1/admin/audit-log', query }, 'cursor', options);
  }
}

export class AdminOffersResource {
  constructor(protected readonly caller: Caller) {
  }

  /**
   * List offers, newest first
   * `GET /v1/admin/offers` (listOffers)
   */
  list(query?: QueryParams<'listOffers'>, options?: RequestOptions): PagePromise<ListItem<'listOffers'>> {
    return this.caller.list({ method: 'GET', path: '/v1/admin/offers', query }, 'cursor', options);
  }

  /**
   * Create an offer
   * `POST /v1/admin/offers` (createOffer)
   */
  create(body: RequestBody<'createOffer'>, options?: RequestOptions): ApiPromise<ResponseBody<'createOffer'>> {
    return this.caller.call({ method: 'POST', path: '/v1/admin/offers', body }, options);
  }

  /**
   * Get an offer
   * `GET /v1/admin/offers/{offerId}` (getOffer)
   */
  retrieve(offerId: PathParam<'getOffer', 'offerId'>, options?: RequestOptions): ApiPromise<ResponseBody<'getOffer'>> {
    return this.caller.call({ method: 'GET', path: pathOf('/v1/admin/offers/{offerId}', { offerId }) }, options);
  }

  /**
   * Change some fields of an offer
   * `PATCH /v1/admin/offers/{offerId}` (updateOffer)
   */
  update(offerId: PathParam<'updateOffer', 'offerId'>, body: RequestBody<'updateOffer'>, options?: RequestOptions): ApiPromise<ResponseBody<'updateOffer'>> {
    return this.caller.call({ method: 'PATCH', path: pathOf('/v1/admin/offers/{offerId}', { offerId }), body }, options);
  }

  /**
   * Disable an offer (no new quote uses it)
   * `POST /v1/admin/offers/{offerId}/disable` (disableOffer)
   */
  disable(offerId: PathParam<'disableOffer', 'offerId'>, options?: RequestOptions): ApiPromise<ResponseBody<'disableOffer'>> {
    return this.caller.call({ method: 'POST', path: pathOf('/v1/admin/offers/{offerId}/disable', { offerId }) }, options);
  }

  /**
   * Enable a disabled offer again
   * `POST /v1/admin/offers/{offerId}/enable` (enableOffer)
   */
  enable(offerId: PathParam<'enableOffer', 'offerId'>, options?: RequestOptions): ApiPromise<ResponseBody<'enableOffer'>> {
    return this.caller.call({ method: 'POST', path: pathOf('/v1/admin/offers/{offerId}/enable', { offerId }) }, options);
  }
}

export class AdminResource {
  readonly cities: AdminCitiesResource;
  readonly movies: AdminMoviesResource;
  readonly partners: AdminPartnersResource;
  readonly auditLog: AdminAuditLogResource;
  readonly offers: AdminOffersResource;
  constructor(protected readonly caller: Caller) {
    this.cities = new AdminCitiesResource(caller);
    this.movies = new AdminMoviesResource(caller);
    this.partners = new AdminPartnersResource(caller);
    this.auditLog = new AdminAuditLogResource(caller);
    this.offers = new AdminOffersResource(caller);
  }
}

export class PartnerAuditLogResource {
  constructor(protected readonly caller: Caller) {
  }

  /**
   * List the calling partner's audit records, newest first
   * `GET /v1/partner/audit-log` (listPartnerAuditLog)
   */
  list(query?: QueryParams<'listPartnerAuditLog'>, options?: RequestOptions): PagePromise<ListItem<'listPartnerAuditLog'>> {
    return this.caller.list({ method: 'GET', path: '/v1/partner/audit-log', query }, 'cursor', options);
  }
}

export class PartnerTheatresResource {
  constructor(protected readonly caller: Caller) {
  }

  /**
   * List your theatres
   * `GET /v1/partner/theatres` (listTheatres)
   */
  list(query?: QueryParams<'listTheatres'>, options?: RequestOptions): PagePromise<ListItem<'listTheatres'>> {
    return this.caller.list({ method: 'GET', path: '/v1/partner/theatres', query }, 'cursor', options);
  }

  /**
   * Create a theatre
   * `POST /v1/partner/theatres` (createTheatre)
   */
  create(body: RequestBody<'createTheatre'>, options?: RequestOptions): ApiPromise<ResponseBody<'createTheatre'>> {
    return this.caller.call({ method: 'POST', path: '/v1/partner/theatres', body }, options);
  }

  /**
   * Get one of your theatres
   * `GET /v1/partner/theatres/{theatreId}` (getPartnerTheatre)
   */
  retrieve(theatreId: PathParam<'getPartnerTheatre', 'theatreId'>, options?: RequestOptions): ApiPromise<ResponseBody<'getPartnerTheatre'>> {
    return this.caller.call({ method: 'GET', path: pathOf('/v1/partner/theatres/{theatreId}', { theatreId }) }, options);
  }

  /**
   * Change some fields of a theatre
   * `PATCH /v1/partner/theatres/{theatreId}` (updateTheatre)
   */
  update(theatreId: PathParam<'updateTheatre', 'theatreId'>, body: RequestBody<'updateTheatre'>, options?: RequestOptions): ApiPromise<ResponseBody<'updateTheatre'>> {
    return this.caller.call({ method: 'PATCH', path: pathOf('/v1/partner/theatres/{theatreId}', { theatreId }), body }, options);
  }

  /**
   * Delete a theatre that never had a showtime
   * `DELETE /v1/partner/theatres/{theatreId}` (deleteTheatre)
   */
  delete(theatreId: PathParam<'deleteTheatre', 'theatreId'>, options?: RequestOptions): ApiPromise<ResponseBody<'deleteTheatre'>> {
    return this.caller.call({ method: 'DELETE', path: pathOf('/v1/partner/theatres/{theatreId}', { theatreId }) }, options);
  }

  /**
   * Create or replace a theatre by your own reference
   * `PUT /v1/partner/theatres/by-ref/{externalRef}` (upsertTheatre)
   */
  upsert(externalRef: PathParam<'upsertTheatre', 'externalRef'>, body: RequestBody<'upsertTheatre'>, options?: RequestOptions): ApiPromise<ResponseBody<'upsertTheatre'>> {
    return this.caller.call({ method: 'PUT', path: pathOf('/v1/partner/theatres/by-ref/{externalRef}', { externalRef }), body }, options);
  }
}

export class PartnerScreensResource {
  constructor(protected readonly caller: Caller) {
  }

  /**
   * List a theatre's screens
   * `GET /v1/partner/theatres/{theatreId}/screens` (listScreens)
   */
  list(theatreId: PathParam<'listScreens', 'theatreId'>, query?: QueryParams<'listScreens'>, options?: RequestOptions): PagePromise<ListItem<'listScreens'>> {
    return this.caller.list({ method: 'GET', path: pathOf('/v1/partner/theatres/{theatreId}/screens', { theatreId }), query }, 'cursor', options);
  }

  /**
   * Add a screen to one of your theatres
   * `POST /v1/partner/theatres/{theatreId}/screens` (createScreen)
   */
  create(theatreId: PathParam<'createScreen', 'theatreId'>, body: RequestBody<'createScreen'>, options?: RequestOptions): ApiPromise<ResponseBody<'createScreen'>> {
    return this.caller.call({ method: 'POST', path: pathOf('/v1/partner/theatres/{theatreId}/screens', { theatreId }), body }, options);
  }

  /**
   * Create or replace a screen by your own reference
   * `PUT /v1/partner/theatres/{theatreId}/screens/by-ref/{externalRef}` (upsertScreen)
   */
  upsert(theatreId: PathParam<'upsertScreen', 'theatreId'>, externalRef: PathParam<'upsertScreen', 'externalRef'>, body: RequestBody<'upsertScreen'>, options?: RequestOptions): ApiPromise<ResponseBody<'upsertScreen'>> {
    return this.caller.call({ method: 'PUT', path: pathOf('/v1/partner/theatres/{theatreId}/screens/by-ref/{externalRef}', { theatreId, externalRef }), body }, options);
  }

  /**
   * Get one of your screens
   * `GET /v1/partner/screens/{screenId}` (getScreen)
   */
  retrieve(screenId: PathParam<'getScreen', 'screenId'>, options?: RequestOptions): ApiPromise<ResponseBody<'getScreen'>> {
    return this.caller.call({ method: 'GET', path: pathOf('/v1/partner/screens/{screenId}', { screenId }) }, options);
  }

  /**
   * Rename a screen, or retire it
   * `PATCH /v1/partner/screens/{screenId}` (updateScreen)
   */
  update(screenId: PathParam<'updateScreen', 'screenId'>, body: RequestBody<'updateScreen'>, options?: RequestOptions): ApiPromise<ResponseBody<'updateScreen'>> {
    return this.caller.call({ method: 'PATCH', path: pathOf('/v1/partner/screens/{screenId}', { screenId }), body }, options);
  }

  /**
   * Delete a screen no showtime ever used, with its layouts
   * `DELETE /v1/partner/screens/{screenId}` (deleteScreen)
   */
  delete(screenId: PathParam<'deleteScreen', 'screenId'>, options?: RequestOptions): ApiPromise<ResponseBody<'deleteScreen'>> {
    return this.caller.call({ method: 'DELETE', path: pathOf('/v1/partner/screens/{screenId}', { screenId }) }, options);
  }
}

export class PartnerLayoutsResource {
  constructor(protected readonly caller: Caller) {
  }

  /**
   * List a screen's layout versions
   * `GET /v1/partner/screens/{screenId}/layouts` (listSeatLayouts)
   */
  list(screenId: PathParam<'listSeatLayouts', 'screenId'>, query?: QueryParams<'listSeatLayouts'>, options?: RequestOptions): PagePromise<ListItem<'listSeatLayouts'>> {
    return this.caller.list({ method: 'GET', path: pathOf('/v1/partner/screens/{screenId}/layouts', { screenId }), query }, 'cursor', options);
  }

  /**
   * Push a new seat layout version for a screen
   * `POST /v1/partner/screens/{screenId}/layouts` (createSeatLayout)
   */
  create(screenId: PathParam<'createSeatLayout', 'screenId'>, body: RequestBody<'createSeatLayout'>, options?: RequestOptions): ApiPromise<ResponseBody<'createSeatLayout'>> {
    return this.caller.call({ method: 'POST', path: pathOf('/v1/partner/screens/{screenId}/layouts', { screenId }), body }, options);
  }

  /**
   * Get one layout version with all its seats
   * `GET /v1/partner/screens/{screenId}/layouts/{layoutVersion}` (getSeatLayout)
   */
  retrieve(screenId: PathParam<'getSeatLayout', 'screenId'>, layoutVersion: PathParam<'getSeatLayout', 'layoutVersion'>, options?: RequestOptions): ApiPromise<ResponseBody<'getSeatLayout'>> {
    return this.caller.call({ method: 'GET', path: pathOf('/v1/partner/screens/{screenId}/layouts/{layoutVersion}', { screenId, layoutVersion }) }, options);
  }

  /**
   * Delete a layout version no showtime ever used
   * `DELETE /v1/partner/screens/{screenId}/layouts/{layoutVersion}` (deleteSeatLayout)
   */
  delete(screenId: PathParam<'deleteSeatLayout', 'screenId'>, layoutVersion: PathParam<'deleteSeatLayout', 'layoutVersion'>, options?: RequestOptions): ApiPromise<ResponseBody<'deleteSeatLayout'>> {
    return this.caller.call({ method: 'DELETE', path: pathOf('/v1/partner/screens/{screenId}/layouts/{layoutVersion}', { screenId, layoutVersion }) }, options);
  }

  /**
   * Retire a layout version
   * `POST /v1/partner/screens/{screenId}/layouts/{layoutVersion}/retire` (retireSeatLayout)
   */
  retire(screenId: PathParam<'retireSeatLayout', 'screenId'>, layoutVersion: PathParam<'retireSeatLayout', 'layoutVersion'>, options?: RequestOptions): ApiPromise<ResponseBody<'retireSeatLayout'>> {
    return this.caller.call({ method: 'POST', path: pathOf('/v1/partner/screens/{screenId}/layouts/{layoutVersion}/retire', { screenId, layoutVersion }) }, options);
  }
}

export class PartnerSeatsResource {
  constructor(protected readonly caller: Caller) {
  }

  /**
   * Get a showtime's seat inventory
   * `GET /v1/partner/showtimes/{showtimeId}/seats` (getShowtimeSeats)
   */
  retrieve(showtimeId: PathParam<'getShowtimeSeats', 'showtimeId'>, options?: RequestOptions): ApiPromise<ResponseBody<'getShowtimeSeats'>> {
    return this.caller.call({ method: 'GET', path: pathOf('/v1/partner/showtimes/{showtimeId}/seats', { showtimeId }) }, options);
  }

  /**
   * Block seats of a showtime (kept back or sold at the counter)
   * `POST /v1/partner/showtimes/{showtimeId}/seats/block` (blockSeats)
   */
  block(showtimeId: PathParam<'blockSeats', 'showtimeId'>, body: RequestBody<'blockSeats'>, options?: RequestOptions): ApiPromise<ResponseBody<'blockSeats'>> {
    return this.caller.call({ method: 'POST', path: pathOf('/v1/partner/showtimes/{showtimeId}/seats/block', { showtimeId }), body }, options);
  }

  /**
   * Release blocked seats of a showtime
   * `POST /v1/partner/showtimes/{showtimeId}/seats/release` (releaseSeats)
   */
  release(showtimeId: PathParam<'releaseSeats', 'showtimeId'>, body: RequestBody<'releaseSeats'>, options?: RequestOptions): ApiPromise<ResponseBody<'releaseSeats'>> {
    return this.caller.call({ method: 'POST', path: pathOf('/v1/partner/showtimes/{showtimeId}/seats/release', { showtimeId }), body }, options);
  }
}

export class PartnerShowtimesResource {
  constructor(protected readonly caller: Caller) {
  }

  /**
   * List a theatre's showtimes
   * `GET /v1/partner/theatres/{theatreId}/showtimes` (listPartnerShowtimes)
   */
  list(theatreId: PathParam<'listPartnerShowtimes', 'theatreId'>, query?: QueryParams<'listPartnerShowtimes'>, options?: RequestOptions): PagePromise<ListItem<'listPartnerShowtimes'>> {
    return this.caller.list({ method: 'GET', path: pathOf('/v1/partner/theatres/{theatreId}/showtimes', { theatreId }), query }, 'cursor', options);
  }

  /**
   * Schedule a showtime
   * `POST /v1/partner/theatres/{theatreId}/showtimes` (createShowtime)
   */
  create(theatreId: PathParam<'createShowtime', 'theatreId'>, body: RequestBody<'createShowtime'>, options?: RequestOptions): ApiPromise<ResponseBody<'createShowtime'>> {
    return this.caller.call({ method: 'POST', path: pathOf('/v1/partner/theatres/{theatreId}/showtimes', { theatreId }), body }, options);
  }

  /**
   * Create or update a showtime by your own reference
   * `PUT /v1/partner/theatres/{theatreId}/showtimes/by-ref/{externalRef}` (upsertShowtime)
   */
  upsert(theatreId: PathParam<'upsertShowtime', 'theatreId'>, externalRef: PathParam<'upsertShowtime', 'externalRef'>, body: RequestBody<'upsertShowtime'>, options?: RequestOptions): ApiPromise<ResponseBody<'upsertShowtime'>> {
    return this.caller.call({ method: 'PUT', path: pathOf('/v1/partner/theatres/{theatreId}/showtimes/by-ref/{externalRef}', { theatreId, externalRef }), body }, options);
  }

  /**
   * Get one of your showtimes
   * `GET /v1/partner/showtimes/{showtimeId}` (getPartnerShowtime)
   */
  retrieve(showtimeId: PathParam<'getPartnerShowtime', 'showtimeId'>, options?: RequestOptions): ApiPromise<ResponseBody<'getPartnerShowtime'>> {
    return this.caller.call({ method: 'GET', path: pathOf('/v1/partner/showtimes/{showtimeId}', { showtimeId }) }, options);
  }

  /**
   * Move a showtime or change its language, format or prices
   * `PATCH /v1/partner/showtimes/{showtimeId}` (updateShowtime)
   */
  update(showtimeId: PathParam<'updateShowtime', 'showtimeId'>, body: RequestBody<'updateShowtime'>, options?: RequestOptions): ApiPromise<ResponseBody<'updateShowtime'>> {
    return this.caller.call({ method: 'PATCH', path: pathOf('/v1/partner/showtimes/{showtimeId}', { showtimeId }), body }, options);
  }

  /**
   * Delete a showtime that never sold a seat
   * `DELETE /v1/partner/showtimes/{showtimeId}` (deleteShowtime)
   */
  delete(showtimeId: PathParam<'deleteShowtime', 'showtimeId'>, options?: RequestOptions): ApiPromise<ResponseBody<'deleteShowtime'>> {
    return this.caller.call({ method: 'DELETE', path: pathOf('/v1/partner/showtimes/{showtimeId}', { showtimeId }) }, options);
  }

  /**
   * Cancel a showtime
   * `POST /v1/partner/showtimes/{showtimeId}/cancel` (cancelShowtime)
   */
  cancel(showtimeId: PathParam<'cancelShowtime', 'showtimeId'>, options?: RequestOptions): ApiPromise<ResponseBody<'cancelShowtime'>> {
    return this.caller.call({ method: 'POST', path: pathOf('/v1/partner/showtimes/{showtimeId}/cancel', { showtimeId }) }, options);
  }
}

export class PartnerScheduleResource {
  constructor(protected readonly caller: Caller) {
  }

  /**
   * Sync a theatre's schedule from your POS
   * `PUT /v1/partner/theatres/{theatreId}/schedule` (syncSchedule)
   */
  apply(theatreId: PathParam<'syncSchedule', 'theatreId'>, body: RequestBody<'syncSchedule'>, options?: RequestOptions): ApiPromise<ResponseBody<'syncSchedule'>> {
    return this.caller.call({ method: 'PUT', path: pathOf('/v1/partner/theatres/{theatreId}/schedule', { theatreId }), body }, options);
  }
}

export class PartnerBookingsResource {
  constructor(protected readonly caller: Caller) {
  }

  /**
   * List the bookings at your theatres, newest first
   * `GET /v1/partner/bookings` (listPartnerBookings)
   */
  list(query?: QueryParams<'listPartnerBookings'>, options?: RequestOptions): PagePromise<ListItem<'listPartnerBookings'>> {
    return this.caller.list({ method: 'GET', path: '/v1/partner/bookings', query }, 'cursor', options);
  }
}

export class PartnerResource {
  readonly auditLog: PartnerAuditLogResource;
  readonly theatres: PartnerTheatresResource;
  readonly screens: PartnerScreensResource;
  readonly layouts: PartnerLayoutsResource;
  readonly seats: PartnerSeatsResource;
  readonly showtimes: PartnerShowtimesResource;
  readonly schedule: PartnerScheduleResource;
  readonly bookings: PartnerBookingsResource;
  constructor(protected readonly caller: Caller) {
    this.auditLog = new PartnerAuditLogResource(caller);
    this.theatres = new PartnerTheatresResource(caller);
    this.screens = new PartnerScreensResource(caller);
    this.layouts = new PartnerLayoutsResource(caller);
    this.seats = new PartnerSeatsResource(caller);
    this.showtimes = new PartnerShowtimesResource(caller);
    this.schedule = new PartnerScheduleResource(caller);
    this.bookings = new PartnerBookingsResource(caller);
  }

  /**
   * The partner and API key making this call
   * `GET /v1/partner` (getCallingPartner)
   */
  retrieve(options?: RequestOptions): ApiPromise<ResponseBody<'getCallingPartner'>> {
    return this.caller.call({ method: 'GET', path: '/v1/partner' }, options);
  }
}

export class HoldsResource {
  constructor(protected readonly caller: Caller) {
  }

  /**
   * Hold seats for one of your customers
   * `POST /v1/holds` (createHold)
   */
  create(body: RequestBody<'createHold'>, options?: RequestOptions): ApiPromise<ResponseBody<'createHold'>> {
    return this.caller.call({ method: 'POST', path: '/v1/holds', body }, options);
  }

  /**
   * Get a hold
   * `GET /v1/holds/{holdId}` (getHold)
   */
  retrieve(holdId: PathParam<'getHold', 'holdId'>, options?: RequestOptions): ApiPromise<ResponseBody<'getHold'>> {
    return this.caller.call({ method: 'GET', path: pathOf('/v1/holds/{holdId}', { holdId }) }, options);
  }

  /**
   * Extend a hold
   * `POST /v1/holds/{holdId}/extend` (extendHold)
   */
  extend(holdId: PathParam<'extendHold', 'holdId'>, body: RequestBody<'extendHold'>, options?: RequestOptions): ApiPromise<ResponseBody<'extendHold'>> {
    return this.caller.call({ method: 'POST', path: pathOf('/v1/holds/{holdId}/extend', { holdId }), body }, options);
  }

  /**
   * Release a hold
   * `POST /v1/holds/{holdId}/release` (releaseHold)
   */
  release(holdId: PathParam<'releaseHold', 'holdId'>, options?: RequestOptions): ApiPromise<ResponseBody<'releaseHold'>> {
    return this.caller.call({ method: 'POST', path: pathOf('/v1/holds/{holdId}/release', { holdId }) }, options);
  }
}

export class BookingsResource {
  constructor(protected readonly caller: Caller) {
  }

  /**
   * List your bookings, newest first
   * `GET /v1/bookings` (listBookings)
   */
  list(query?: QueryParams<'listBookings'>, options?: RequestOptions): PagePromise<ListItem<'listBookings'>> {
    return this.caller.list({ method: 'GET', path: '/v1/bookings', query }, 'cursor', options);
  }

  /**
   * Confirm a hold into a booking
   * `POST /v1/bookings` (createBooking)
   */
  create(body: RequestBody<'createBooking'>, options?: RequestOptions): ApiPromise<ResponseBody<'createBooking'>> {
    return this.caller.call({ method: 'POST', path: '/v1/bookings', body }, options);
  }

  /**
   * Confirm up to 50 holds at once, all or nothing
   * `POST /v1/bookings/bulk` (createBookingsInBulk)
   */
  createBulk(body: RequestBody<'createBookingsInBulk'>, options?: RequestOptions): ApiPromise<ResponseBody<'createBookingsInBulk'>> {
    return this.caller.call({ method: 'POST', path: '/v1/bookings/bulk', body }, options);
  }

  /**
   * Cancel up to 100 bookings, each with its own outcome
   * `POST /v1/bookings/bulk-cancel` (cancelBookingsInBulk)
   */
  cancelBulk(body: RequestBody<'cancelBookingsInBulk'>, options?: RequestOptions): ApiPromise<ResponseBody<'cancelBookingsInBulk'>> {
    return this.caller.call({ method: 'POST', path: '/v1/bookings/bulk-cancel', body }, options);
  }

  /**
   * Get a booking
   * `GET /v1/bookings/{bookingId}` (getBooking)
   */
  retrieve(bookingId: PathParam<'getBooking', 'bookingId'>, options?: RequestOptions): ApiPromise<ResponseBody<'getBooking'>> {
    return this.caller.call({ method: 'GET', path: pathOf('/v1/bookings/{bookingId}', { bookingId }) }, options);
  }

  /**
   * Cancel a booking with a full refund
   * `POST /v1/bookings/{bookingId}/cancel` (cancelBooking)
   */
  cancel(bookingId: PathParam<'cancelBooking', 'bookingId'>, body: RequestBody<'cancelBooking'>, options?: RequestOptions): ApiPromise<ResponseBody<'cancelBooking'>> {
    return this.caller.call({ method: 'POST', path: pathOf('/v1/bookings/{bookingId}/cancel', { bookingId }), body }, options);
  }
}

export class WebhooksEndpointsResource {
  constructor(protected readonly caller: Caller) {
  }

  /**
   * List your webhook endpoints
   * `GET /v1/webhooks/endpoints` (listWebhookEndpoints)
   */
  list(query?: QueryParams<'listWebhookEndpoints'>, options?: RequestOptions): PagePromise<ListItem<'listWebhookEndpoints'>> {
    return this.caller.list({ method: 'GET', path: '/v1/webhooks/endpoints', query }, 'cursor', options);
  }

  /**
   * Register a webhook endpoint
   * `POST /v1/webhooks/endpoints` (createWebhookEndpoint)
   */
  create(body: RequestBody<'createWebhookEndpoint'>, options?: RequestOptions): ApiPromise<ResponseBody<'createWebhookEndpoint'>> {
    return this.caller.call({ method: 'POST', path: '/v1/webhooks/endpoints', body }, options);
  }

  /**
   * Get one of your webhook endpoints
   * `GET /v1/webhooks/endpoints/{endpointId}` (getWebhookEndpoint)
   */
  retrieve(endpointId: PathParam<'getWebhookEndpoint', 'endpointId'>, options?: RequestOptions): ApiPromise<ResponseBody<'getWebhookEndpoint'>> {
    return this.caller.call({ method: 'GET', path: pathOf('/v1/webhooks/endpoints/{endpointId}', { endpointId }) }, options);
  }

  /**
   * Change an endpoint
   * `PATCH /v1/webhooks/endpoints/{endpointId}` (updateWebhookEndpoint)
   */
  update(endpointId: PathParam<'updateWebhookEndpoint', 'endpointId'>, body: RequestBody<'updateWebhookEndpoint'>, options?: RequestOptions): ApiPromise<ResponseBody<'updateWebhookEndpoint'>> {
    return this.caller.call({ method: 'PATCH', path: pathOf('/v1/webhooks/endpoints/{endpointId}', { endpointId }), body }, options);
  }

  /**
   * Delete an endpoint
   * `DELETE /v1/webhooks/endpoints/{endpointId}` (deleteWebhookEndpoint)
   */
  delete(endpointId: PathParam<'deleteWebhookEndpoint', 'endpointId'>, options?: RequestOptions): ApiPromise<ResponseBody<'deleteWebhookEndpoint'>> {
    return this.caller.call({ method: 'DELETE', path: pathOf('/v1/webhooks/endpoints/{endpointId}', { endpointId }) }, options);
  }

  /**
   * Disable an endpoint
   * `POST /v1/webhooks/endpoints/{endpointId}/disable` (disableWebhookEndpoint)
   */
  disable(endpointId: PathParam<'disableWebhookEndpoint', 'endpointId'>, options?: RequestOptions): ApiPromise<ResponseBody<'disableWebhookEndpoint'>> {
    return this.caller.call({ method: 'POST', path: pathOf('/v1/webhooks/endpoints/{endpointId}/disable', { endpointId }) }, options);
  }

  /**
   * Enable an endpoint
   * `POST /v1/webhooks/endpoints/{endpointId}/enable` (enableWebhookEndpoint)
   */
  enable(endpointId: PathParam<'enableWebhookEndpoint', 'endpointId'>, options?: RequestOptions): ApiPromise<ResponseBody<'enableWebhookEndpoint'>> {
    return this.caller.call({ method: 'POST', path: pathOf('/v1/webhooks/endpoints/{endpointId}/enable', { endpointId }) }, options);
  }

  /**
   * Rotate an endpoint's signing secret
   * `POST /v1/webhooks/endpoints/{endpointId}/rotate-secret` (rotateWebhookSecret)
   */
  rotateSecret(endpointId: PathParam<'rotateWebhookSecret', 'endpointId'>, options?: RequestOptions): ApiPromise<ResponseBody<'rotateWebhookSecret'>> {
    return this.caller.call({ method: 'POST', path: pathOf('/v1/webhooks/endpoints/{endpointId}/rotate-secret', { endpointId }) }, options);
  }

  /**
   * Send a test event to an endpoint
   * `POST /v1/webhooks/endpoints/{endpointId}/test` (sendWebhookTest)
   */
  sendTest(endpointId: PathParam<'sendWebhookTest', 'endpointId'>, options?: RequestOptions): ApiPromise<ResponseBody<'sendWebhookTest'>> {
    return this.caller.call({ method: 'POST', path: pathOf('/v1/webhooks/endpoints/{endpointId}/test', { endpointId }) }, options);
  }

  /**
   * Replay an endpoint's failed deliveries
   * `POST /v1/webhooks/endpoints/{endpointId}/replay` (replayWebhookDeliveries)
   */
  replay(endpointId: PathParam<'replayWebhookDeliveries', 'endpointId'>, body: RequestBody<'replayWebhookDeliveries'>, options?: RequestOptions): ApiPromise<ResponseBody<'replayWebhookDeliveries'>> {
    return this.caller.call({ method: 'POST', path: pathOf('/v1/webhooks/endpoints/{endpointId}/replay', { endpointId }), body }, options);
  }
}

export class WebhooksDeliveriesResource {
  constructor(protected readonly caller: Caller) {
  }

  /**
   * List an endpoint's deliveries
   * `GET /v1/webhooks/endpoints/{endpointId}/deliveries` (listWebhookEndpointDeliveries)
   */
  list(endpointId: PathParam<'listWebhookEndpointDeliveries', 'endpointId'>, query?: QueryParams<'listWebhookEndpointDeliveries'>, options?: RequestOptions): PagePromise<ListItem<'listWebhookEndpointDeliveries'>> {
    return this.caller.list({ method: 'GET', path: pathOf('/v1/webhooks/endpoints/{endpointId}/deliveries', { endpointId }), query }, 'cursor', options);
  }

  /**
   * List a delivery's attempts
   * `GET /v1/webhooks/deliveries/{deliveryId}/attempts` (listWebhookDeliveryAttempts)
   */
  listAttempts(deliveryId: PathParam<'listWebhookDeliveryAttempts', 'deliveryId'>, query?: QueryParams<'listWebhookDeliveryAttempts'>, options?: RequestOptions): PagePromise<ListItem<'listWebhookDeliveryAttempts'>> {
    return this.caller.list({ method: 'GET', path: pathOf('/v1/webhooks/deliveries/{deliveryId}/attempts', { deliveryId }), query }, 'cursor', options);
  }

  /**
   * Redeliver one delivery
   * `POST /v1/webhooks/deliveries/{deliveryId}/redeliver` (redeliverWebhook)
   */
  redeliver(deliveryId: PathParam<'redeliverWebhook', 'deliveryId'>, options?: RequestOptions): ApiPromise<ResponseBody<'redeliverWebhook'>> {
    return this.caller.call({ method: 'POST', path: pathOf('/v1/webhooks/deliveries/{deliveryId}/redeliver', { deliveryId }) }, options);
  }

  /**
   * List one event's deliveries
   * `GET /v1/events/{eventId}/deliveries` (listEventDeliveries)
   */
  listForEvent(eventId: PathParam<'listEventDeliveries', 'eventId'>, query?: QueryParams<'listEventDeliveries'>, options?: RequestOptions): PagePromise<ListItem<'listEventDeliveries'>> {
    return this.caller.list({ method: 'GET', path: pathOf('/v1/events/{eventId}/deliveries', { eventId }), query }, 'cursor', options);
  }
}

export class WebhooksResource {
  readonly endpoints: WebhooksEndpointsResource;
  readonly deliveries: WebhooksDeliveriesResource;
  constructor(protected readonly caller: Caller) {
    this.endpoints = new WebhooksEndpointsResource(caller);
    this.deliveries = new WebhooksDeliveriesResource(caller);
  }
}

export class EventsResource {
  constructor(protected readonly caller: Caller) {
  }

  /**
   * Read your events feed
   * `GET /v1/events` (listEvents)
   */
  list(query?: QueryParams<'listEvents'>, options?: RequestOptions): PagePromise<ListItem<'listEvents'>> {
    return this.caller.list({ method: 'GET', path: '/v1/events', query }, 'after', options);
  }
}

export class MarqueeResources {
  readonly catalogue: CatalogueResource;
  readonly seatMaps: SeatMapsResource;
  readonly admin: AdminResource;
  readonly partner: PartnerResource;
  readonly holds: HoldsResource;
  readonly bookings: BookingsResource;
  readonly webhooks: WebhooksResource;
  readonly events: EventsResource;
  constructor(protected readonly caller: Caller) {
    this.catalogue = new CatalogueResource(caller);
    this.seatMaps = new SeatMapsResource(caller);
    this.admin = new AdminResource(caller);
    this.partner = new PartnerResource(caller);
    this.holds = new HoldsResource(caller);
    this.bookings = new BookingsResource(caller);
    this.webhooks = new WebhooksResource(caller);
    this.events = new EventsResource(caller);
  }
}
