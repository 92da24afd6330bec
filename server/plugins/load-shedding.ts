import underPressure from '@fastify/under-pressure';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { DomainError } from '../domain/errors.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Answer even while the process sheds load: the probes, whose answer is about the process itself. */
    answersUnderPressure?: boolean;
  }
}

export interface LoadSheddingSettings {
  /** Mean event-loop delay over a sample, in ms, past which requests are refused; 0: never. */
  maxEventLoopDelayMs: number;
  /** Share of a sample the event loop was busy, past which requests are refused; 0: never. */
  maxEventLoopUtilization: number;
  sampleIntervalMs: number;
}

/**
 * A saturated process answers 503 `service_unavailable` with `Retry-After` at once instead of
 * queueing requests it would answer too late (`@fastify/under-pressure`, judged every sample).
 * It runs before any other hook, so a shed request costs neither a credential lookup nor Redis.
 * Liveness and readiness probes still answer: a busy process is neither dead nor unready, and
 * restarting it would only move its load.
 */
export default fp(
  async function loadShedding(app: FastifyInstance, settings: LoadSheddingSettings) {
    const retryAfterSeconds = Math.max(1, Math.ceil(settings.sampleIntervalMs / 1000));
    // The first samples measure the start itself (compiling every schema blocks the loop for
    // seconds), not load: judged from two samples after the app is ready.
    let judgedFrom = Number.POSITIVE_INFINITY;
    app.addHook('onReady', async () => {
      judgedFrom = Date.now() + 2 * settings.sampleIntervalMs;
    });
    await app.register(underPressure, {
      maxEventLoopDelay: settings.maxEventLoopDelayMs,
      maxEventLoopUtilization: settings.maxEventLoopUtilization,
      // The share of the last sample, not of the process's life (the plugin's default).
      eventLoopUtilizationMode: 'interval',
      sampleInterval: settings.sampleIntervalMs,
      pressureHandler: (request: FastifyRequest, _reply, type: string) => {
        if (request.routeOptions.config.answersUnderPressure || Date.now() < judgedFrom) return undefined;
        // Rejected, not thrown: the plugin hands a rejection to the one error path, which sends
        // the problem and its Retry-After.
        return Promise.reject(new DomainError('service_unavailable', {
          detail: `The server is overloaded (${type === 'eventLoopDelay' ? 'event-loop delay' : 'event-loop utilization'} over its limit); retry shortly.`,
          retryAfterSeconds,
        }));
      },
    });
  },
  { name: 'load-shedding' },
);
