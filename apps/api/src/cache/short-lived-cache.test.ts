import { describe, expect, it, vi } from 'vitest';
import { ShortLivedCache } from './short-lived-cache.js';

describe('ShortLivedCache', () => {
  it('loads once for concurrent and later reads of a key, until cleared', async () => {
    const cache = new ShortLivedCache(60_000);
    const load = vi.fn(async () => ({ year: 2026 }));
    const [a, b] = await Promise.all([cache.read('2026', load), cache.read('2026', load)]);
    expect(a).toBe(b);
    await cache.read('2026', load);
    expect(load).toHaveBeenCalledTimes(1);
    cache.clear();
    await cache.read('2026', load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('forgets a failed load, so the next read tries again', async () => {
    const cache = new ShortLivedCache(60_000);
    await expect(cache.read('1999', () => Promise.reject(new Error('no cycle')))).rejects.toThrow('no cycle');
    await expect(cache.read('1999', async () => 'found')).resolves.toBe('found');
  });

  it('loads again once the time-to-live has passed', async () => {
    let now = 5_000;
    const cache = new ShortLivedCache(1_000, () => now);
    const load = vi.fn(async () => 'cycle');
    await cache.read('k', load);
    now = 5_999;
    await cache.read('k', load);
    expect(load).toHaveBeenCalledTimes(1);
    now = 6_001;
    await cache.read('k', load);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
