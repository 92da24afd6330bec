import t from 'tap';
import { loadConfig } from '../../server/config.ts';
import { DEFAULT_RETRY_SCHEDULE, MAX_RETRY_AFTER_MS, nextRetryDelayMs, parseRetryAfter, parseRetrySchedule } from '../../webhooks/retry-schedule.ts';

t.test('the default schedule: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h', async (t) => {
  const s = 1000;
  const m = 60 * s;
  const h = 60 * m;
  t.same(parseRetrySchedule(DEFAULT_RETRY_SCHEDULE), [0, 5 * s, 5 * m, 30 * m, 2 * h, 5 * h, 10 * h, 10 * h]);
  t.same(loadConfig({}).WEBHOOK_RETRY_SCHEDULE, parseRetrySchedule(DEFAULT_RETRY_SCHEDULE), 'the configuration default');
  t.same(parseRetrySchedule('0, 250ms,1s ,1d'), [0, 250, 1000, 86_400_000]);
  for (const bad of ['', '5x', '-1s', '1.5s', '5s,,5s']) t.throws(() => parseRetrySchedule(bad), `'${bad}' is refused`);
  t.throws(() => loadConfig({ WEBHOOK_RETRY_SCHEDULE: '5 minutes' }), /WEBHOOK_RETRY_SCHEDULE/);
});

t.test('the next delay: the schedule with up to 20% jitter, Retry-After as a floor, null after the last', async (t) => {
  const schedule = [0, 1000, 10_000];
  t.equal(nextRetryDelayMs(schedule, 1, null, () => 0), 1000);
  t.equal(nextRetryDelayMs(schedule, 1, null, () => 0.999), 1200);
  t.equal(nextRetryDelayMs(schedule, 2, null, () => 0.5), 11_000);
  t.equal(nextRetryDelayMs(schedule, 3, null), null, 'three attempts in all');
  t.equal(nextRetryDelayMs(schedule, 1, 5000, () => 0), 5000, 'Retry-After beyond the schedule wins');
  t.equal(nextRetryDelayMs(schedule, 2, 5000, () => 0), 10_000, 'a shorter Retry-After does not hurry the schedule');
  t.equal(nextRetryDelayMs(schedule, 1, 10 * MAX_RETRY_AFTER_MS, () => 0), MAX_RETRY_AFTER_MS, 'capped');
  t.equal(nextRetryDelayMs(schedule, 3, 5000), null, 'Retry-After adds no attempt');
});

t.test('Retry-After in seconds or as an HTTP date', async (t) => {
  const now = Date.parse('2030-01-01T00:00:00Z');
  t.equal(parseRetryAfter('120', now), 120_000);
  t.equal(parseRetryAfter('Tue, 01 Jan 2030 00:00:30 GMT', now), 30_000);
  t.equal(parseRetryAfter('Mon, 31 Dec 2029 23:00:00 GMT', now), 0, 'a date in the past: no wait');
  t.equal(parseRetryAfter(undefined, now), null);
  t.equal(parseRetryAfter('soon', now), null);
});
