import type { Static } from '@sinclair/typebox';
import t from 'tap';
import { ConfigError, loadConfig } from '../../server/config.ts';
import * as booking from '../../server/db/schema/booking.ts';
import * as events from '../../server/db/schema/events.ts';
import * as inventory from '../../server/db/schema/inventory.ts';
import * as offers from '../../server/db/schema/offers.ts';
import * as showtimes from '../../server/db/schema/showtimes.ts';
import * as theatres from '../../server/db/schema/theatres.ts';
import { API_KEY_SCOPES } from '../../server/domain/api-keys.ts';
import { problemTitles } from '../../server/domain/errors.ts';
import { LOCALE_PATTERN } from '../../server/domain/locale-preference.ts';
import type { EventType } from '../../server/domain/outbox.ts';
import { LAYOUT_LIMITS } from '../../server/domain/seat-layout-document.ts';
import * as schemas from '../../server/schemas/generated/components.ts';

/**
 * The server's schemas are generated from the contract; the values the database and the domain
 * keep for themselves (enums, limits) must say the same, or a value one side accepts the other
 * refuses. Each is checked here against the generated schema, which is the contract's.
 */
type Json = Record<string, unknown>;

/** The value at a JSON Pointer-like path into a generated component. */
function at(schema: object, path: string): unknown {
  return path.split('/').reduce<unknown>((node, key) => (node as Json | undefined)?.[key], JSON.parse(JSON.stringify(schema)));
}

const sorted = (values: readonly unknown[]) => [...values].map(String).sort();

t.test('the enums the database and the domain keep are the contract\'s', async (t) => {
  const pairs: [string, readonly string[], object, string][] = [
    ['problem codes', Object.keys(problemTitles), schemas.Problem, 'properties/code/enum'],
    ['theatre statuses', theatres.THEATRE_STATUSES, schemas.Theatre, 'properties/status/enum'],
    ['screen statuses', theatres.SCREEN_STATUSES, schemas.Screen, 'properties/status/enum'],
    ['seat categories', theatres.SEAT_CATEGORIES, schemas.SeatLayoutIn, 'properties/rows/items/properties/seats/items/properties/category/enum'],
    ['seat states', inventory.SEAT_STATES, schemas.PartnerSeat, 'properties/state/enum'],
    ['showtime formats', showtimes.SHOWTIME_FORMATS, schemas.ShowtimeIn, 'properties/format/enum'],
    ['showtime statuses', showtimes.SHOWTIME_STATUSES, schemas.PartnerShowtime, 'properties/status/enum'],
    ['API key scopes', API_KEY_SCOPES, schemas.ApiKeyIn, 'properties/scopes/items/enum'],
    ['hold statuses', booking.HOLD_STATUSES, schemas.Hold, 'properties/status/enum'],
    ['booking statuses', booking.BOOKING_STATUSES, schemas.Booking, 'properties/status/enum'],
    ['payment methods', booking.PAYMENT_METHODS, schemas.BookingPayment, 'properties/method/enum'],
    ['payment statuses', booking.PAYMENT_STATUSES, schemas.BookingPayment, 'properties/status/enum'],
    ['refund statuses', booking.REFUND_STATUSES, schemas.BookingRefund, 'properties/status/enum'],
    ['cancellation causes', booking.CANCELLATION_CAUSES, schemas.BookingCancellation, 'properties/cause/enum'],
    ['offer kinds', offers.OFFER_KINDS, schemas.Offer, 'properties/kind/enum'],
    ['offer scopes', offers.OFFER_SCOPES, schemas.Offer, 'properties/scope/enum'],
    ['offer statuses', offers.OFFER_STATUSES, schemas.Offer, 'properties/status/enum'],
    ['webhook endpoint statuses', events.WEBHOOK_ENDPOINT_STATUSES, schemas.WebhookEndpoint, 'properties/status/enum'],
    ['webhook delivery statuses', events.WEBHOOK_DELIVERY_STATUSES, schemas.WebhookDelivery, 'properties/status/enum'],
  ];
  for (const [what, values, schema, path] of pairs) {
    t.same(sorted(at(schema, path) as unknown[]), sorted(values), what);
  }
});

// Fails to compile when the outbox gains an event type an endpoint cannot ask for, or the reverse.
type ContractEventType = NonNullable<Static<typeof schemas.WebhookEndpointIn>['eventTypes']>[number];
const sameEventTypes: [EventType, ContractEventType] extends [ContractEventType, EventType] ? true : never = true;

t.test('an endpoint may list every event type the outbox writes, each once', async (t) => {
  t.ok(sameEventTypes);
  const eventTypes = at(schemas.WebhookEndpointIn, 'properties/eventTypes') as { maxItems: number; items: { enum: string[] } };
  t.equal(eventTypes.maxItems, eventTypes.items.enum.length, 'more than every type is the same as all');
});

t.test('the domain\'s limits are the contract\'s bounds', async (t) => {
  const rows = 'properties/rows';
  t.equal(at(schemas.SeatLayoutIn, `${rows}/maxItems`), LAYOUT_LIMITS.rows);
  t.equal(at(schemas.SeatLayoutIn, `${rows}/items/properties/seats/maxItems`), LAYOUT_LIMITS.seatsPerRow);
  t.equal(at(schemas.SeatLayoutIn, `${rows}/items/properties/seats/items/properties/x/maximum`), LAYOUT_LIMITS.columns - 1);
  t.equal(at(schemas.SeatLayoutIn, `${rows}/items/properties/y/maximum`), LAYOUT_LIMITS.gridRows - 1);
  for (const schema of [schemas.MovieIn, schemas.MoviePatch, schemas.AdminMovie]) {
    t.equal(at(schema, 'properties/localizedTitles/propertyNames/pattern'), LOCALE_PATTERN, `${schema.$id} locales`);
  }
});

t.test('HOLD_MAX_SEATS may be configured up to the most seats a request can name, no further', async (t) => {
  const ceiling = schemas.HoldIn.properties.seats.maxItems!;
  t.equal(at(schemas.HoldIn, 'properties/bestAvailable/properties/quantity/maximum'), ceiling, 'best available');
  t.equal(at(schemas.QuoteIn, 'properties/seats/maxItems'), ceiling, 'a quote');
  t.equal(loadConfig({ HOLD_MAX_SEATS: String(ceiling) }).HOLD_MAX_SEATS, ceiling);
  t.throws(() => loadConfig({ HOLD_MAX_SEATS: String(ceiling + 1) }), ConfigError);
});
