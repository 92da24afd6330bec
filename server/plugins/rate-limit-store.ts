import type { ChainableCommander, Redis } from 'ioredis';

/**
 * The rate limiter's counts in Redis, one budget for every process of a deployment. Most groups
 * count each request as it comes (one script call). The batched ones, the anonymous public reads,
 * are counted in this process first and sent to Redis together every `flushEveryMs`: a seat map
 * read from memory costs about a tenth of a millisecond of CPU, and a Redis call of its own per
 * read more than doubled it. Within a process their count is exact; across processes it lags by
 * at most one flush. A flush Redis refuses leaves this process's own count to limit, and the
 * requests it carried are reported as let through uncounted.
 */

/** Adds to the window's count (opening the window with its expiry) and answers the count and the ms left. */
const COUNT_SCRIPT = `
local current = redis.call('INCRBY', KEYS[1], ARGV[1])
if current == tonumber(ARGV[1]) then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return {current, redis.call('PTTL', KEYS[1])}`;

type CountReply = [current: number, ttlMs: number];

interface CountingCommands {
  marqueeRateLimitCount(key: string, by: number, windowMs: number): Promise<CountReply>;
}
type CountingRedis = Redis & CountingCommands;
type CountingPipeline = ChainableCommander & { marqueeRateLimitCount(key: string, by: number, windowMs: number): ChainableCommander };

/** What `@fastify/rate-limit` expects of a store's `incr`. */
type Counted = (error: Error | null, counted?: { current: number; ttl: number }) => void;

interface LocalCount {
  /** Redis's count at the last flush, with what this process has sent since. */
  confirmed: number;
  /** Requests counted here and not yet sent. */
  pending: number;
  windowMs: number;
  endsAt: number;
}

export interface CountStoreOptions {
  redis: Redis;
  keyPrefix: string;
  /** Whether a key's requests are counted here first and sent in batches. */
  batched(key: string): boolean;
  flushEveryMs: number;
  /** A flush failed: `uncounted` requests went through without Redis counting them. */
  onFlushFailure(error: unknown, uncounted: number): void;
}

export interface CountStore {
  incr(key: string, counted: Counted, windowMs: number): void;
  child(): CountStore;
}

/**
 * A store class for `@fastify/rate-limit`, which constructs it. Its flushes stop with the
 * connection: once the app has closed it, what is pending is dropped (the window forgives it).
 */
export function countStore(options: CountStoreOptions): new () => CountStore {
  const redis = options.redis as CountingRedis;
  redis.defineCommand('marqueeRateLimitCount', { numberOfKeys: 1, lua: COUNT_SCRIPT });

  return class BatchingCountStore implements CountStore {
    private readonly counts = new Map<string, LocalCount>();
    private timer: NodeJS.Timeout | undefined;
    private flushing = false;

    incr(key: string, counted: Counted, windowMs: number): void {
      const redisKey = `${options.keyPrefix}${key}`;
      if (!options.batched(key)) {
        redis.marqueeRateLimitCount(redisKey, 1, windowMs).then(
          ([current, ttl]) => counted(null, { current, ttl }),
          (error: Error) => counted(error),
        );
        return;
      }
      const now = Date.now();
      let count = this.counts.get(redisKey);
      if (count === undefined || count.endsAt <= now) {
        count = { confirmed: 0, pending: 0, windowMs, endsAt: now + windowMs };
        this.counts.set(redisKey, count);
      }
      count.pending += 1;
      this.timer ??= setTimeout(() => void this.flush(), options.flushEveryMs).unref();
      counted(null, { current: count.confirmed + count.pending, ttl: count.endsAt - now });
    }

    child(): CountStore {
      return this;
    }

    private async flush(): Promise<void> {
      this.timer = undefined;
      if (this.flushing || redis.status === 'end') return;
      this.flushing = true;
      const now = Date.now();
      const sent: { count: LocalCount; by: number }[] = [];
      const pipeline = redis.pipeline() as CountingPipeline;
      for (const [key, count] of this.counts) {
        if (count.pending === 0) {
          if (count.endsAt <= now) this.counts.delete(key);
          continue;
        }
        const by = count.pending;
        sent.push({ count, by });
        count.confirmed += by;
        count.pending = 0;
        pipeline.marqueeRateLimitCount(key, by, count.windowMs);
      }
      try {
        if (sent.length > 0) await this.record(pipeline, sent, now);
      } finally {
        this.flushing = false;
      }
      // Reads counted while this flush was out go in the next one.
      for (const count of this.counts.values()) {
        if (count.pending === 0) continue;
        this.timer ??= setTimeout(() => void this.flush(), options.flushEveryMs).unref();
        break;
      }
    }

    /** Redis's counts replace this process's own; what Redis would not count is reported. */
    private async record(pipeline: CountingPipeline, sent: { count: LocalCount; by: number }[], sentAt: number): Promise<void> {
      let uncounted = 0;
      let failure: unknown;
      try {
        const replies = (await pipeline.exec()) ?? [];
        sent.forEach(({ count, by }, index) => {
          const [error, reply] = replies[index] ?? [new Error('no reply')];
          if (error) {
            uncounted += by;
            failure = error;
            return;
          }
          const [current, ttl] = reply as CountReply;
          // Requests counted here during the flush stay on top of Redis's answer.
          count.confirmed = current;
          count.endsAt = sentAt + ttl;
        });
      } catch (error) {
        uncounted = sent.reduce((sum, { by }) => sum + by, 0);
        failure = error;
      }
      if (uncounted > 0) options.onFlushFailure(failure, uncounted);
    }
  };
}
