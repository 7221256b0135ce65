import { describe, expect, it } from 'vitest';
import { ReceiptThrottle } from './receipt-throttle.ts';

function throttleAt(start = 1_000_000) {
  let now = start;
  const slept: number[] = [];
  const throttle = new ReceiptThrottle({
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
    },
  });
  return { throttle, slept, advance: (ms: number) => (now += ms) };
}

async function fail(throttle: ReceiptThrottle, client: string, channel = 'ws') {
  const attempt = throttle.begin(client, channel);
  if ('retryAfter' in attempt) throw new Error('refused');
  await attempt.failed();
}

describe('ReceiptThrottle', () => {
  it('delays each failure of a caller more, up to 5 failures, then refuses for the rest of 15 minutes', async () => {
    const { throttle, slept, advance } = throttleAt();
    for (let i = 0; i < 5; i += 1) await fail(throttle, 'a');
    expect(slept).toEqual([250, 500, 750, 1000, 1250]);
    const refused = throttle.begin('a', 'ws');
    expect(refused).toEqual({ retryAfter: 900 });
    // Another caller on the same channel is not affected.
    expect('retryAfter' in throttle.begin('b', 'ws')).toBe(false);
    advance(15 * 60_000 - 1000);
    expect(throttle.begin('a', 'ws')).toEqual({ retryAfter: 1 });
    advance(1000);
    expect('retryAfter' in throttle.begin('a', 'ws')).toBe(false);
  });

  it('a right receipt takes its attempt back: it never counts as a failure', async () => {
    const { throttle } = throttleAt();
    for (let i = 0; i < 4; i += 1) await fail(throttle, 'a');
    for (let i = 0; i < 10; i += 1) {
      const attempt = throttle.begin('a', 'ws');
      if ('retryAfter' in attempt) throw new Error('refused');
      attempt.succeeded();
    }
    await fail(throttle, 'a');
    expect('retryAfter' in throttle.begin('a', 'ws')).toBe(true);
  });

  it('attempts under way count at once, so parallel guesses cannot pass the limit', () => {
    const { throttle } = throttleAt();
    const started = Array.from({ length: 8 }, () => throttle.begin('a', 'ws'));
    expect(started.filter((attempt) => 'retryAfter' in attempt)).toHaveLength(3);
  });

  it('100 failures on one channel within an hour give every wrong receipt there the longest delay, and still let a right one in', async () => {
    const { throttle, slept, advance } = throttleAt();
    for (let i = 0; i < 100; i += 1) await fail(throttle, `caller-${i}`);
    expect(slept.at(-1)).toBe(250);
    const newcomer = throttle.begin('newcomer', 'ws');
    if ('retryAfter' in newcomer) throw new Error('a right receipt must not be refused');
    await newcomer.failed();
    expect(slept.at(-1)).toBe(3000);
    const elsewhere = throttle.begin('newcomer', 'elsewhere');
    if ('retryAfter' in elsewhere) throw new Error('other channels are not affected');
    await elsewhere.failed();
    expect(slept.at(-1)).toBe(500);
    advance(60 * 60_000 + 1);
    const later = throttle.begin('late', 'ws');
    if ('retryAfter' in later) throw new Error('not refused');
    await later.failed();
    expect(slept.at(-1)).toBe(250);
  });

  it('the delay never exceeds 3 s, whatever the limits', async () => {
    let now = 0;
    const slept: number[] = [];
    const throttle = new ReceiptThrottle({
      now: () => now++,
      sleep: async (ms) => {
        slept.push(ms);
      },
      limits: { perClient: { failures: 50, windowMs: 60_000 } },
    });
    for (let i = 0; i < 20; i += 1) await fail(throttle, 'a');
    expect(Math.max(...slept)).toBe(3000);
  });
});
