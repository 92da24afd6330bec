import { setTimeout as sleep } from 'node:timers/promises';
import t from 'tap';
import { buildTestApp } from '../helpers/app.ts';
import { answer, typedClient } from '../helpers/typed-client.ts';
import { waitUntil } from '../helpers/wait-until.ts';

/**
 * A saturated event loop sheds requests with a 503 problem and `Retry-After` instead of queueing
 * them. The app runs in this process, so blocking this process's loop saturates it for real.
 */
const { app } = await buildTestApp(t, {
  UNDER_PRESSURE_MAX_EVENT_LOOP_DELAY_MS: '50',
  // Judged every 100 ms, so one long block weighs on a sample of few others.
  UNDER_PRESSURE_SAMPLE_INTERVAL_MS: '100',
});
const cities = () => answer(typedClient(app).GET('/v1/cities'));

/** Keeps the event loop busy, as a request doing too much synchronous work would. */
function blockEventLoop(ms: number) {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // busy
  }
}

/** Blocks the loop for a second, gives the sampler (due during the block) one turn, then calls. */
async function underPressure() {
  blockEventLoop(1000);
  await sleep(1);
  return Promise.all([
    cities(),
    answer(typedClient(app).GET('/v1/bookings')),
    // Raw on purpose: the probes are outside the contract's /v1 client paths.
    app.inject({ method: 'GET', url: '/healthz' }),
    app.inject({ method: 'GET', url: '/readyz' }),
  ]);
}

t.test('after a long block of the event loop, requests are shed with a 503 problem and Retry-After', async (t) => {
  // Pressure is judged only from two samples after the start (the start itself blocks the loop).
  await waitUntil('the app to answer without shedding', cities, (response) => response.statusCode === 200);

  // A block the sampler sees: it judges a sample after its timer fires, so on a busy machine one
  // block may fall between its judgements; the loop is blocked again until a request is shed.
  let [shed, anonymousPartnerCall, liveness, readiness] = await underPressure();
  for (let attempt = 1; shed.statusCode !== 503 && attempt < 5; attempt += 1) [shed, anonymousPartnerCall, liveness, readiness] = await underPressure();
  t.equal(shed.statusCode, 503);
  t.match(shed.headers['content-type'], /^application\/problem\+json/);
  t.match(shed.json(), { type: 'urn:marquee:problem:service_unavailable', status: 503, code: 'service_unavailable', requestId: shed.headers['request-id'] });
  t.match(shed.json().detail, /overloaded \(event-loop delay/);
  t.equal(shed.headers['retry-after'], '1', 'retry after the next sample');
  t.equal(shed.headers['x-content-type-options'], 'nosniff', 'a shed answer still has the security headers');
  t.equal(anonymousPartnerCall.statusCode, 503, 'shedding comes before authentication: a shed request costs no lookup');
  t.equal(liveness.statusCode, 200, 'the liveness probe still answers: busy is not dead');
  t.equal(readiness.statusCode, 200, 'so does the readiness probe');

  const recovered = await waitUntil('the app to answer again', cities, (response) => response.statusCode === 200, { timeoutMs: 5000 });
  t.equal(recovered.statusCode, 200, 'once the loop keeps up, requests are served again');
});
