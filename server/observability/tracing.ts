import { trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import { FastifyOtelInstrumentation } from '@fastify/otel';
import type { Config } from '../config.ts';
import { traceQueries } from './query-spans.ts';

const UNTRACED_PATHS = new Set(['/metrics', '/healthz', '/readyz']);

export interface Tracing {
  /** Sends the spans still buffered and stops. */
  shutdown(): Promise<void>;
}

/**
 * OpenTelemetry tracing for one process, when OTEL_TRACING_ENABLED: HTTP server spans, Fastify's
 * route and hook spans, a span per PostgreSQL statement, and BullMQ's producer and consumer spans
 * (the webhook pipeline's queue and worker carry `queueTelemetry`). An entry point calls it before
 * it loads the app: the HTTP instrumentation patches modules as they are first loaded. Off, no
 * SDK is loaded, no context is tracked, and nothing is patched.
 */
export function startTracing(config: Config, defaultServiceName: string): Tracing | undefined {
  if (!config.OTEL_TRACING_ENABLED) return undefined;
  const exporting = config.OTEL_TRACES_EXPORTER === 'otlp';
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: config.OTEL_SERVICE_NAME ?? defaultServiceName }),
    spanProcessors: exporting ? [new BatchSpanProcessor(new OTLPTraceExporter({ url: `${config.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/$/, '')}/v1/traces` }))] : [],
  });
  // The global provider, W3C trace context and an AsyncLocalStorage context manager.
  provider.register();
  registerInstrumentations({
    instrumentations: [
      // Scrapes and probes every few seconds would bury the requests worth reading.
      new HttpInstrumentation({ ignoreIncomingRequestHook: (request) => UNTRACED_PATHS.has(request.url?.split('?')[0] ?? '') }),
      new FastifyOtelInstrumentation({ registerOnInitialization: true, ignorePaths: (route) => UNTRACED_PATHS.has(route.url) }),
    ],
  });
  traceQueries(trace.getTracer('marquee-postgres'));
  return { shutdown: () => provider.shutdown() };
}
