import { BotLimits } from './limits.ts';

export type RateDecision = { ok: true } | { ok: false; retryAfterMs: number; firstRefusal: boolean };

/**
 * Per-user sliding window: a flood is answered (once, politely) instead of queued, so one person
 * cannot make everyone else wait.
 */
export class UserRateLimiter {
  readonly #hits = new Map<string, number[]>();
  readonly #warned = new Set<string>();
  readonly #count: number;
  readonly #windowMs: number;
  readonly #now: () => number;

  constructor(
    count: number = BotLimits.rateCount,
    windowMs: number = BotLimits.rateWindowMs,
    now: () => number = Date.now,
  ) {
    this.#count = count;
    this.#windowMs = windowMs;
    this.#now = now;
  }

  take(userId: string): RateDecision {
    const now = this.#now();
    const since = now - this.#windowMs;
    const hits = (this.#hits.get(userId) ?? []).filter((t) => t > since);
    if (hits.length >= this.#count) {
      this.#hits.set(userId, hits);
      const firstRefusal = !this.#warned.has(userId);
      this.#warned.add(userId);
      return { ok: false, retryAfterMs: (hits[0] ?? now) + this.#windowMs - now, firstRefusal };
    }
    hits.push(now);
    this.#hits.set(userId, hits);
    this.#warned.delete(userId);
    if (this.#hits.size > 10_000) this.#sweep(since);
    return { ok: true };
  }

  #sweep(since: number): void {
    for (const [user, hits] of this.#hits) if (!hits.some((t) => t > since)) this.#hits.delete(user);
  }
}

/** Recent core answer times: when they grow, interactions are deferred before the work starts. */
export class LatencyWindow {
  readonly #samples: number[] = [];

  record(ms: number): void {
    this.#samples.push(ms);
    if (this.#samples.length > 20) this.#samples.shift();
  }

  shouldDefer(): boolean {
    return this.#samples.some((ms) => ms > BotLimits.deferAboveMs);
  }
}

/** Work in flight, so a shutdown can wait for it. */
export class InFlight {
  readonly #running = new Set<Promise<unknown>>();

  get size(): number {
    return this.#running.size;
  }

  track<T>(work: Promise<T>): Promise<T> {
    this.#running.add(work);
    const forget = () => this.#running.delete(work);
    work.then(forget, forget);
    return work;
  }

  /** Resolves when everything in flight settled, or after `ms`; true when all settled. */
  async drain(ms: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), ms);
    });
    const all = Promise.allSettled([...this.#running]).then(() => true);
    const done = await Promise.race([all, timeout]);
    clearTimeout(timer);
    return done;
  }
}
