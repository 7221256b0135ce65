import { ApiError, apiRequest, NetworkError } from '../../../api/http';
import { type CollectStore, indexedDbStore, type OutboxItem } from './offlineStore';
import { outcomeOf, type PostOutcome, retryDelay, type SendSummary, sendOutbox } from './outbox';

/**
 * The one sender of the browser: sends the outbox on page load, when the connection comes back, and on
 * a timer that backs off while submissions keep failing. Tabs share one lock, so two tabs never post
 * the same submission at the same time (the server would keep one row anyway).
 */

const LOCK_NAME = 'custodes-survey-outbox';
const listeners = new Set<() => void>();
let version = 0;
let failures = 0;
let timer: ReturnType<typeof setTimeout> | null = null;
let runningHere = false;
let started = false;
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(LOCK_NAME);

export const collectStore: CollectStore = indexedDbStore;

/** Tells the pages (in this tab and the others) that drafts or the outbox changed. */
export function notifyChanged(fromOtherTab = false): void {
  version++;
  for (const listener of listeners) listener();
  if (!fromOtherTab) channel?.postMessage('changed');
}

export function subscribeChanges(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function changesVersion(): number {
  return version;
}

const SEND_TIMEOUT_MS = 30_000;

async function postItem(item: OutboxItem): Promise<PostOutcome> {
  try {
    // a request hanging on a half-dead connection must not hold the sending lock for good
    await apiRequest('POST', item.postPath, item.payload, { signal: AbortSignal.timeout(SEND_TIMEOUT_MS) });
    return { kind: 'received' };
  } catch (error) {
    if (error instanceof NetworkError) return outcomeOf(null, 'offline', error.message);
    if (error instanceof ApiError) return outcomeOf(error.status, error.code, error.message, error.details);
    return outcomeOf(null, 'offline', String(error));
  }
}

async function withLock<T>(work: () => Promise<T>): Promise<T | null> {
  if (typeof navigator !== 'undefined' && navigator.locks) {
    return navigator.locks.request(LOCK_NAME, { ifAvailable: true }, async (lock) => (lock ? work() : null));
  }
  if (runningHere) return null;
  runningHere = true;
  try {
    return await work();
  } finally {
    runningHere = false;
  }
}

function schedule(delay: number): void {
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => void sendNow(), delay);
}

/** Sends what is waiting now; `includeRefused` also retries what the server refused before. */
export async function sendNow(includeRefused = false): Promise<SendSummary | null> {
  const summary = await withLock(() =>
    sendOutbox(collectStore, postItem, { now: () => new Date(), includeRefused }),
  );
  if (summary) {
    notifyChanged();
    failures = summary.retry > 0 ? failures + 1 : 0;
    if (summary.retry > 0) schedule(retryDelay(failures));
  } else {
    // another tab holds the lock: look again a little later
    schedule(retryDelay(0));
  }
  return summary;
}

/** Starts the sender once per page: now, on every return of the connection, and from other tabs' news. */
export function startSender(): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  window.addEventListener('online', () => {
    failures = 0;
    void sendNow();
  });
  if (channel) channel.onmessage = () => notifyChanged(true);
  void sendNow();
}
