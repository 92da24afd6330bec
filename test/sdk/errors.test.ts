import t from 'tap';
import {
  AuthenticationError,
  ConflictError,
  IdempotencyError,
  MarqueeError,
  NotFoundError,
  PermissionError,
  PreconditionFailedError,
  ValidationError,
} from '../../sdk/src/index.ts';
import { cinema, sdkWorld } from './helpers/world.ts';

/** The error a call rejects with (the test fails if it resolves). */
async function refusal(t: { fail(message: string): void }, call: PromiseLike<unknown>): Promise<MarqueeError> {
  const outcome = await Promise.resolve(call).then(() => undefined, (caught: unknown) => caught);
  if (!(outcome instanceof MarqueeError)) t.fail(`expected a MarqueeError, got ${String(outcome)}`);
  return outcome as MarqueeError;
}

t.test('every refusal surfaces as its typed error with the problem’s fields', async (t) => {
  const world = await sdkWorld(t);
  const { showtime, theatre, owner } = await cinema(world, 'Refusals');
  const show = await showtime();
  const seller = await world.partner('aggregator', 'Refusal Tickets');

  await t.test('invalid input: ValidationError with every field problem', async (t) => {
    // Deliberately wrong for the server to judge; the compiler would refuse it too.
    const body = { showtimeId: show.id, customerRef: 'c1', seats: ['A1', 'A1'], extra: true } as never;
    const error = await refusal(t, seller.client.holds.create(body));
    t.type(error, ValidationError);
    t.equal(error.status, 400);
    t.equal(error.code, 'validation_failed');
    t.ok(error.requestId, 'carries the request id');
    t.ok(error.errors.length >= 1, 'lists the field problems');
    t.ok(error.errors.every((issue) => issue.path.startsWith('/body')), 'each with a JSON Pointer into the body');
  });

  await t.test('a bad API key: AuthenticationError', async (t) => {
    const stranger = world.client({ apiKey: 'mq_live_not_a_real_key' });
    const error = await refusal(t, stranger.bookings.list());
    t.type(error, AuthenticationError);
    t.equal(error.code, 'invalid_api_key');
    t.notMatch(error.message, /mq_live_not_a_real_key/, 'the key is not echoed');
  });

  await t.test('the wrong kind of partner: PermissionError', async (t) => {
    const error = await refusal(t, owner.client.holds.create({ showtimeId: show.id, customerRef: 'c1', seats: ['A1'] }));
    t.type(error, PermissionError);
    t.equal(error.status, 403);
  });

  await t.test('an unknown id: NotFoundError', async (t) => {
    const error = await refusal(t, seller.client.bookings.retrieve('bkg_01JDQ6X0A1B2C3D4E5F6G7H8J9'));
    t.type(error, NotFoundError);
    t.equal(error.code, 'not_found');
  });

  await t.test('taken seats: ConflictError naming them and offering free ones nearby', async (t) => {
    await seller.client.holds.create({ showtimeId: show.id, customerRef: 'first', seats: ['B5', 'B6'] });
    const error = await refusal(t, seller.client.holds.create({ showtimeId: show.id, customerRef: 'second', seats: ['B6', 'B7'] }));
    t.type(error, ConflictError);
    const conflict = error as ConflictError;
    t.equal(conflict.code, 'seats_unavailable');
    t.same(conflict.unavailableSeats, ['B6']);
    t.ok(conflict.availableNearby.length > 0, 'free seats nearby are offered');
    t.notOk(conflict.availableNearby.includes('B5'), 'and none of them is taken');
  });

  await t.test('a best-available request that cannot be met: alternatives', async (t) => {
    const error = await refusal(t, seller.client.holds.create({ showtimeId: show.id, customerRef: 'third', bestAvailable: { category: 'standard', quantity: 2, wheelchair: 1 } }));
    t.type(error, ConflictError);
    t.equal(error.code, 'best_available_unavailable');
    t.ok(Array.isArray((error as ConflictError).alternatives), 'what could be held instead, possibly nothing');
  });

  await t.test('a stale If-Match: PreconditionFailedError, nothing changed', async (t) => {
    const { response } = await owner.client.partner.theatres.retrieve(theatre.id).withResponse();
    t.ok(response.etag, 'the ETag is readable without a second call');
    await owner.client.partner.theatres.update(theatre.id, { name: 'Renamed once' }, { ifMatch: response.etag });
    const error = await refusal(t, owner.client.partner.theatres.update(theatre.id, { name: 'Renamed twice' }, { ifMatch: response.etag }));
    t.type(error, PreconditionFailedError);
    t.equal((await owner.client.partner.theatres.retrieve(theatre.id)).name, 'Renamed once');
  });

  await t.test('an idempotency key reused with another request: IdempotencyError', async (t) => {
    await seller.client.holds.create({ showtimeId: show.id, customerRef: 'fourth', seats: ['C1'] }, { idempotencyKey: 'same-key' });
    const error = await refusal(t, seller.client.holds.create({ showtimeId: show.id, customerRef: 'fourth', seats: ['C2'] }, { idempotencyKey: 'same-key' }));
    t.type(error, IdempotencyError);
    t.equal(error.code, 'idempotency_key_reused');
  });
});
