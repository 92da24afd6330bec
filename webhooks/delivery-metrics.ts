import { Counter, register } from 'prom-client';
import type { AttemptOutcome } from './delivery.ts';

/**
 * Delivery jobs by what became of them, counted by the worker once the outcome is recorded in the
 * database: `delivered`, `retrying` (a failed attempt with another scheduled), `failed` (no attempt
 * left, or the endpoint may no longer receive), `endpoint_disabled`, `skipped` (nothing to send)
 * and `error` (the job itself failed, e.g. the database was down; the relay runs it again).
 * In prom-client's default registry, fetched if it exists (the API builds the pipeline per app).
 */
const deliveries =
  (register.getSingleMetric('marquee_webhook_deliveries_total') as Counter<'outcome'> | undefined) ??
  new Counter({ name: 'marquee_webhook_deliveries_total', help: 'Webhook delivery jobs by outcome.', labelNames: ['outcome'] });

export function countDeliveryOutcome(outcome: AttemptOutcome['outcome'] | 'error'): void {
  deliveries.inc({ outcome });
}
