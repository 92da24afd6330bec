import { SpanKind, SpanStatusCode, type Tracer } from '@opentelemetry/api';
import postgres from 'postgres';

/** The part of a postgres.js query these spans read. */
interface PendingQuery {
  executed: boolean;
  /** The statement's text (`sql.unsafe`), or a tagged template's strings, values left out. */
  strings: string | readonly string[];
  handle(): Promise<void>;
}

const QUERY_TEXT_LIMIT = 2000;

let patched = false;

/**
 * A client span per PostgreSQL statement, as a child of whatever span is current when it is sent
 * (a request's, a delivery job's). postgres.js has no OpenTelemetry instrumentation, and every
 * statement of every pool, reserved connection and transaction — Drizzle's, the prepared ones,
 * BEGIN and COMMIT of a pipelined transaction — starts in one method of its query class: that is
 * wrapped, once, and only when tracing is on. Off, nothing is touched and queries pay nothing.
 * Only statement text is recorded, never the values (they travel as parameters).
 */
export function traceQueries(tracer: Tracer): void {
  if (patched) return;
  patched = true;
  // A query built and never awaited is never sent: it only shows us the class's prototype.
  const probe = postgres('postgres://probe@127.0.0.1:1/probe', { max: 1 });
  const prototype = Object.getPrototypeOf(probe.unsafe('select 1')) as PendingQuery;
  const handle = prototype.handle;
  prototype.handle = function tracedHandle(this: PendingQuery) {
    if (!this.executed) endWithQuery(this, tracer);
    return handle.call(this);
  };
}

function endWithQuery(query: PendingQuery, tracer: Tracer): void {
  const text = typeof query.strings === 'string' ? query.strings : query.strings.join('$?');
  const operation = /^\s*([a-z]+)/i.exec(text)?.[1]?.toLowerCase() ?? 'query';
  const span = tracer.startSpan(`pg ${operation}`, {
    kind: SpanKind.CLIENT,
    attributes: { 'db.system.name': 'postgresql', 'db.operation.name': operation, 'db.query.text': text.slice(0, QUERY_TEXT_LIMIT) },
  });
  // Promise's own `then`: the query's would send it a second time.
  void Promise.prototype.then.call(
    query,
    () => span.end(),
    (error: { code?: string; message?: string }) => {
      span.setStatus({ code: SpanStatusCode.ERROR, message: error?.code ?? 'query failed' });
      if (error?.code) span.setAttribute('db.response.status_code', error.code);
      span.end();
    },
  );
}
