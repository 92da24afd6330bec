import { performance } from 'node:perf_hooks';

export interface FreshCacheOptions {
  /** How long a loaded value may be served, counted from when its load started. 0: never without a new load. */
  freshnessMs: number;
  /** Entries kept; the least recently used goes first. */
  maxEntries: number;
  /** A monotonic clock in milliseconds (wall-clock jumps must not make old values look fresh). */
  now?: () => number;
}

interface Entry<V> {
  value: V;
  loadStartedAt: number;
}

interface Flight<V> {
  startedAt: number;
  promise: Promise<V>;
}

/**
 * A process-local cache for values that are expensive to load and may be a little old, with a
 * hard bound on how old:
 * - a value is served only while less than `freshnessMs` has passed since its load *started*, so
 *   it shows every write that committed before that instant: nothing older than the bound;
 * - concurrent misses for one key share one load (single flight), but only a load that started
 *   within the bound: joining an older one could hand out a value already past it;
 * - at most `maxEntries` values; a stale one stays until evicted and is handed to the next load
 *   as `previous`, so the loader can revalidate cheaply and keep it if nothing changed;
 * - a failed load keeps nothing: everyone waiting on it gets the failure, the next caller retries.
 */
export class FreshCache<K, V> {
  readonly #entries = new Map<K, Entry<V>>();
  readonly #flights = new Map<K, Flight<V>>();
  readonly #freshnessMs: number;
  readonly #maxEntries: number;
  readonly #now: () => number;

  constructor(options: FreshCacheOptions) {
    this.#freshnessMs = options.freshnessMs;
    this.#maxEntries = options.maxEntries;
    this.#now = options.now ?? (() => performance.now());
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The value while it is fresh, else undefined; never loads. */
  peek(key: K): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry || !this.#isFresh(entry.loadStartedAt, this.#now())) return undefined;
    this.#markUsed(key, entry);
    return entry.value;
  }

  /** The fresh value, else the result of the load in flight (if recent enough), else a new load. */
  get(key: K, load: (previous: V | undefined, startedAt: number) => Promise<V>): Promise<V> {
    const now = this.#now();
    const entry = this.#entries.get(key);
    if (entry && this.#isFresh(entry.loadStartedAt, now)) {
      this.#markUsed(key, entry);
      return Promise.resolve(entry.value);
    }
    const flight = this.#flights.get(key);
    if (flight && this.#isFresh(flight.startedAt, now)) return flight.promise;

    const promise = load(entry?.value, now).then((value) => {
      this.set(key, value, now);
      return value;
    });
    const started = { startedAt: now, promise };
    this.#flights.set(key, started);
    const landed = () => {
      if (this.#flights.get(key) === started) this.#flights.delete(key);
    };
    promise.then(landed, landed);
    return promise;
  }

  /** Keeps a value loaded from a read that started at `loadStartedAt`, unless a newer one is kept. */
  set(key: K, value: V, loadStartedAt: number): void {
    const kept = this.#entries.get(key);
    if (kept && kept.loadStartedAt > loadStartedAt) return;
    this.#entries.delete(key);
    this.#entries.set(key, { value, loadStartedAt });
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= this.#maxEntries) break;
      this.#entries.delete(oldest);
    }
  }

  delete(key: K): void {
    this.#entries.delete(key);
  }

  #isFresh(startedAt: number, now: number): boolean {
    return now - startedAt < this.#freshnessMs;
  }

  /** A Map iterates in insertion order: re-inserting makes the key the most recently used. */
  #markUsed(key: K, entry: Entry<V>): void {
    this.#entries.delete(key);
    this.#entries.set(key, entry);
  }
}
