import type { OutboxItem, OutboxStore, RefusalReason } from './offlineStore';

/** What became of one attempt to post a submission. */
export type PostOutcome =
  /** 201, or 200 "already received": the server holds it, the device may forget it. */
  | { kind: 'received' }
  /** No answer (offline, connection cut, answer lost) or a temporary server state: try again later. */
  | { kind: 'retry'; reason: string }
  /** 400 or 409: the server will not take it as it is; keep it and show why. */
  | { kind: 'refused'; reason: RefusalReason };

export interface SendSummary {
  received: number;
  retry: number;
  refused: number;
}

/**
 * Posts every waiting submission once, oldest first, and records the outcome: received ones leave the
 * outbox, the others stay with their reason. Items the server refused are skipped unless `includeRefused`
 * (the enumerator asked to try them again). The server keeps one row per submission id, so a
 * submission whose answer was lost on the way back is simply received again as a duplicate.
 */
export async function sendOutbox(
  store: OutboxStore,
  post: (item: OutboxItem) => Promise<PostOutcome>,
  options: { now: () => Date; includeRefused?: boolean; scope?: string },
): Promise<SendSummary> {
  const summary: SendSummary = { received: 0, retry: 0, refused: 0 };
  const items = (await store.listOutbox(options.scope)).sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
  for (const item of items) {
    if (item.refused && !options.includeRefused) continue;
    const outcome = await post(item);
    const tried = { ...item, attempts: item.attempts + 1, lastTryAt: options.now().toISOString() };
    if (outcome.kind === 'received') {
      await store.deleteOutbox(item.id);
      summary.received++;
    } else if (outcome.kind === 'refused') {
      await store.putOutbox({ ...tried, refused: outcome.reason, lastError: null });
      summary.refused++;
    } else {
      await store.putOutbox({ ...tried, refused: null, lastError: outcome.reason });
      summary.retry++;
      // one lost connection means the rest would fail too: wait for the next round
      if (outcome.reason === 'offline') break;
    }
  }
  return summary;
}

/** Maps an HTTP status (or none: the request got no answer) to what the outbox does with the item. */
export function outcomeOf(
  status: number | null,
  code: string,
  message: string,
  details?: unknown,
): PostOutcome {
  if (status === null) return { kind: 'retry', reason: 'offline' };
  if (status === 200 || status === 201) return { kind: 'received' };
  if (status === 400 || status === 404 || status === 409 || status === 413 || status === 422)
    return { kind: 'refused', reason: { status, code, message, problems: problemsIn(details) } };
  // 401 (signed out), 403, 429, 5xx: the submission is fine, the moment is not
  return { kind: 'retry', reason: code };
}

const FIRST_DELAY_MS = 5_000;
const LONGEST_DELAY_MS = 5 * 60_000;

/** The wait before the next automatic try after `failures` rounds in a row that left items waiting. */
export function retryDelay(failures: number): number {
  if (failures <= 0) return FIRST_DELAY_MS;
  return Math.min(LONGEST_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.min(failures, 16));
}

type Problem = RefusalReason['problems'][number];

/** The `{ path, code, params }` list a 400 carries in `details.errors`, read defensively. */
function problemsIn(details: unknown): Problem[] {
  const errors = (details as { errors?: unknown } | undefined)?.errors;
  if (!Array.isArray(errors)) return [];
  return errors.filter(
    (entry): entry is Problem =>
      typeof entry?.path === 'string' && typeof entry?.code === 'string' && typeof entry?.params === 'object',
  );
}
