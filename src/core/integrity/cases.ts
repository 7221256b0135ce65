import type { CaseOutcome, CaseStatus, ChannelSettings } from './types.ts';

/**
 * The rules of a case's life: which status may follow which, what a change of status sets, when
 * deadlines fall and are missed, and when a closed case's content is due to be purged. Pure: the
 * server applies the answers.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/** Where each status may go next. Closed may step back to investigating (a reopened case). */
const NEXT_STATUSES: Record<CaseStatus, readonly CaseStatus[]> = {
  new: ['acknowledged'],
  acknowledged: ['investigating'],
  investigating: ['closed'],
  closed: ['investigating'],
};

export const canMoveTo = (from: CaseStatus, to: CaseStatus) => NEXT_STATUSES[from].includes(to);

export interface CaseState {
  status: CaseStatus;
  outcome: CaseOutcome | null;
  acknowledgedAt: Date | null;
  closedAt: Date | null;
}

/** A refusal names the field and whether it is bad input (400) or the case's state forbids it (409). */
export interface CaseRuleError {
  kind: 'bad_request' | 'conflict';
  field: 'status' | 'outcome';
  message: string;
}

export type StatusChangeResult = { ok: true; next: CaseState } | { ok: false; error: CaseRuleError };

/**
 * The case after a requested status and outcome (either may be absent: unchanged). Acknowledging
 * sets acknowledgedAt once; closing needs an outcome and sets closedAt; reopening clears both
 * closedAt and the outcome. An outcome belongs to a closed case only.
 */
export function applyStatusChange(
  current: CaseState,
  request: { status?: CaseStatus; outcome?: CaseOutcome | null },
  now: Date,
): StatusChangeResult {
  const status = request.status ?? current.status;
  if (status !== current.status && !canMoveTo(current.status, status)) {
    return refuse('conflict', 'status', `cannot go from ${current.status} to ${status}`);
  }
  const reopening = current.status === 'closed' && status === 'investigating';
  let outcome = request.outcome === undefined ? current.outcome : request.outcome;
  if (reopening && request.outcome === undefined) outcome = null;
  if (status === 'closed' && !outcome) {
    return refuse('bad_request', 'outcome', 'required to close a case');
  }
  if (status !== 'closed' && outcome) {
    return refuse('bad_request', 'outcome', 'only a closed case has an outcome');
  }
  const next: CaseState = {
    status,
    outcome,
    acknowledgedAt: current.acknowledgedAt,
    closedAt: current.closedAt,
  };
  if (status === 'acknowledged' && !next.acknowledgedAt) next.acknowledgedAt = now;
  if (status === 'closed' && current.status !== 'closed') next.closedAt = now;
  if (reopening) next.closedAt = null;
  return { ok: true, next };
}

function refuse(kind: CaseRuleError['kind'], field: CaseRuleError['field'], message: string) {
  return { ok: false as const, error: { kind, field, message } };
}

export const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);

/** The acknowledge-by and feedback-by dates of a report received at `receivedAt`. */
export function deadlinesFor(
  receivedAt: Date,
  settings: Pick<ChannelSettings, 'acknowledgeDays' | 'feedbackDays'>,
) {
  return {
    acknowledgeBy: addDays(receivedAt, settings.acknowledgeDays),
    feedbackBy: addDays(receivedAt, settings.feedbackDays),
  };
}

export interface DeadlineState {
  status: CaseStatus;
  acknowledgeBy: Date;
  feedbackBy: Date;
  acknowledgedAt: Date | null;
  feedbackAt: Date | null;
}

/**
 * Whether a deadline has passed and its act is still owed: no acknowledgement by acknowledgeBy, no
 * feedback by feedbackBy. Once the act is done (late or not), or the case is closed, nothing is owed.
 */
export function overdueOf(state: DeadlineState, now: Date) {
  const owed = (due: Date, doneAt: Date | null) =>
    doneAt === null && state.status !== 'closed' && now.getTime() > due.getTime();
  return {
    acknowledge: owed(state.acknowledgeBy, state.acknowledgedAt),
    feedback: owed(state.feedbackBy, state.feedbackAt),
  };
}

/** When a closed case's content is due to be purged; null while it is open. */
export function purgeDueAt(closedAt: Date | null, retentionDays: number): Date | null {
  return closedAt ? addDays(closedAt, retentionDays) : null;
}

export function isPurgeDue(
  state: { status: CaseStatus; closedAt: Date | null; purgedAt: Date | null },
  retentionDays: number,
  now: Date,
): boolean {
  if (state.status !== 'closed' || state.purgedAt) return false;
  const due = purgeDueAt(state.closedAt, retentionDays);
  return due !== null && due.getTime() <= now.getTime();
}
