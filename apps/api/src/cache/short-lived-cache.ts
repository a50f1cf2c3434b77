import { LRUCache } from 'lru-cache';

/**
 * Answers kept for a few seconds in this instance. The promise is kept, so concurrent misses
 * share one load; a failed load is forgotten at once. Whatever changes the data calls `clear`;
 * other instances catch up within the time-to-live.
 */
export class ShortLivedCache {
  private readonly answers: LRUCache<string, Promise<unknown>>;

  /** `now` in milliseconds, for tests; the default is the process's monotonic clock. */
  constructor(ttlMs: number, now: () => number = () => performance.now()) {
    this.answers = new LRUCache({ max: 256, ttl: ttlMs, ttlResolution: 0, perf: { now } });
  }

  read<T>(key: string, load: () => Promise<T>): Promise<T> {
    const kept = this.answers.get(key) as Promise<T> | undefined;
    if (kept) return kept;
    const answer = load();
    this.answers.set(key, answer);
    answer.catch(() => {
      if (this.answers.get(key) === answer) this.answers.delete(key);
    });
    return answer;
  }

  clear(): void {
    this.answers.clear();
  }
}
