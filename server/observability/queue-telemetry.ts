import { BullMQOtel } from 'bullmq-otel';
import type { Telemetry } from 'bullmq';

/**
 * BullMQ's telemetry for a queue or worker when tracing is on: a job carries the trace context of
 * whoever added it, and its processing is a span of that trace. Off, BullMQ gets none and does
 * no tracing work.
 */
export function queueTelemetry(tracingEnabled: boolean): Telemetry | undefined {
  return tracingEnabled ? new BullMQOtel({ tracerName: 'marquee-bullmq' }) : undefined;
}
