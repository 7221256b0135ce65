/**
 * Slows and limits receipt guessing, in memory only. A receipt is 16 digits, so guessing one at
 * random is hopeless, but a whistle-blower's report must stay out of reach even of a determined
 * guesser: every failure from one caller delays the next answer more, a caller with too many
 * recent failures is refused (even with a correct receipt) for a while, and while a channel attracts
 * many failures from everywhere every wrong receipt on it waits the longest delay. A channel-wide
 * refusal would let anyone lock every whistle-blower out of their replies, so a right receipt still
 * opens. Successful accesses do not count.
 * Callers are known only by an anonymous client key (see http/client-key.ts).
 */

export interface ThrottleLimits {
  /** Extra delay per failure of the same caller before the 404 is sent. */
  delayStepMs: number;
  maxDelayMs: number;
  perClient: { failures: number; windowMs: number };
  perChannel: { failures: number; windowMs: number };
}

export const DEFAULT_THROTTLE_LIMITS: ThrottleLimits = {
  delayStepMs: 250,
  maxDelayMs: 3000,
  perClient: { failures: 5, windowMs: 15 * 60_000 },
  perChannel: { failures: 100, windowMs: 60 * 60_000 },
};

/** How many callers and channels are remembered at most; beyond, the oldest entries are dropped. */
const MAX_TRACKED = 50_000;

export interface ReceiptThrottleOptions {
  limits?: Partial<ThrottleLimits>;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** A moment-ordered list of failure times per key, trimmed to the window on every read. */
class FailureLog {
  private readonly times = new Map<string, number[]>();

  constructor(private readonly windowMs: number) {}

  recent(key: string, now: number): number[] {
    const list = this.times.get(key);
    if (!list) return [];
    const from = now - this.windowMs;
    const kept = list.filter((time) => time > from);
    if (kept.length === 0) this.times.delete(key);
    else if (kept.length !== list.length) this.times.set(key, kept);
    return kept;
  }

  /** Adds a failure and answers how many the window now holds. */
  add(key: string, now: number): number {
    const list = [...this.recent(key, now), now];
    // Re-inserted so the map's order is least recently failed first, which is what is dropped.
    this.times.delete(key);
    this.times.set(key, list);
    if (this.times.size > MAX_TRACKED) {
      const stalest = this.times.keys().next().value;
      if (stalest !== undefined) this.times.delete(stalest);
    }
    return list.length;
  }

  remove(key: string, time: number): void {
    const list = this.times.get(key);
    const at = list?.lastIndexOf(time) ?? -1;
    if (!list || at < 0) return;
    list.splice(at, 1);
    if (list.length === 0) this.times.delete(key);
  }

  /** Seconds until the window holds fewer than `limit` failures again. */
  retryAfter(list: number[], limit: number, now: number): number {
    const releasing = list[list.length - limit];
    return Math.max(1, Math.ceil((releasing + this.windowMs - now) / 1000));
  }
}

export class ReceiptThrottle {
  readonly limits: ThrottleLimits;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly clients: FailureLog;
  private readonly channels: FailureLog;

  constructor(options: ReceiptThrottleOptions = {}) {
    this.limits = { ...DEFAULT_THROTTLE_LIMITS, ...options.limits };
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.clients = new FailureLog(this.limits.perClient.windowMs);
    this.channels = new FailureLog(this.limits.perChannel.windowMs);
  }

  /**
   * Starts a receipt attempt: refused (with the seconds to wait) when the caller has too many recent
   * failures. Otherwise the attempt counts as a failure from now on, so parallel
   * guesses cannot slip past the limit while their hashes are computed, until it is settled.
   */
  begin(clientKey: string, channelKey: string): { retryAfter: number } | ReceiptAttempt {
    const now = this.now();
    const { perClient, perChannel } = this.limits;
    const mine = this.clients.recent(clientKey, now);
    if (mine.length >= perClient.failures)
      return { retryAfter: this.clients.retryAfter(mine, perClient.failures, now) };
    const underPressure = this.channels.recent(channelKey, now).length >= perChannel.failures;
    const failures = this.clients.add(clientKey, now);
    this.channels.add(channelKey, now);
    const delay = underPressure
      ? this.limits.maxDelayMs
      : Math.min(this.limits.delayStepMs * failures, this.limits.maxDelayMs);
    return {
      succeeded: () => {
        this.clients.remove(clientKey, now);
        this.channels.remove(channelKey, now);
      },
      failed: () => this.sleep(delay),
    };
  }
}

/** An attempt under way: a right receipt takes its failure back; a wrong one waits its delay. */
export interface ReceiptAttempt {
  succeeded(): void;
  failed(): Promise<void>;
}
