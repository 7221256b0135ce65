/**
 * Compact commitments and follow-up actions: what is overdue on a status date, and the reminders list.
 * Dates are ISO YYYY-MM-DD strings, so they compare as text.
 */

export const MECHANISM_KINDS = [
  'joint_committee',
  'joint_programme',
  'compact',
  'pooled_fund',
  'embedded_officials',
] as const;
export type MechanismKind = (typeof MECHANISM_KINDS)[number];

export const COMMITMENT_PARTIES = ['government', 'donor'] as const;
export type CommitmentParty = (typeof COMMITMENT_PARTIES)[number];

export const COMMITMENT_STATUSES = ['pending', 'in_progress', 'met', 'missed'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

export const ACTION_STATUSES = ['open', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

const DAY_MS = 86_400_000;

/** Whole days from one date to the next (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * A commitment is overdue when its due date is before the status date and it is not met. A missed
 * commitment stays overdue: it is still owed, and the reminder says so.
 */
export function commitmentOverdue(commitment: { dueDate: string; status: string }, statusDate: string) {
  return commitment.status !== 'met' && commitment.dueDate < statusDate;
}

export function actionOverdue(action: { dueDate: string | null; status: string }, statusDate: string) {
  return action.status !== 'done' && action.dueDate !== null && action.dueDate < statusDate;
}

export interface Reminder {
  kind: 'commitment' | 'action';
  id: string;
  mechanismId: string;
  text: string;
  dueDate: string;
  daysOverdue: number;
  status: string;
}

/** Overdue commitments and actions, the longest overdue first (earliest due date), then by text. */
export function reminders(
  commitments: ReadonlyArray<{
    id: string;
    mechanismId: string;
    commitment: string;
    dueDate: string;
    status: string;
  }>,
  actions: ReadonlyArray<{
    id: string;
    mechanismId: string;
    description: string;
    dueDate: string | null;
    status: string;
  }>,
  statusDate: string,
): Reminder[] {
  const list: Reminder[] = [];
  for (const c of commitments)
    if (commitmentOverdue(c, statusDate))
      list.push({
        kind: 'commitment',
        id: c.id,
        mechanismId: c.mechanismId,
        text: c.commitment,
        dueDate: c.dueDate,
        daysOverdue: daysBetween(c.dueDate, statusDate),
        status: c.status,
      });
  for (const a of actions)
    if (a.dueDate !== null && actionOverdue(a, statusDate))
      list.push({
        kind: 'action',
        id: a.id,
        mechanismId: a.mechanismId,
        text: a.description,
        dueDate: a.dueDate,
        daysOverdue: daysBetween(a.dueDate, statusDate),
        status: a.status,
      });
  return list.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.text.localeCompare(b.text));
}

/** A commitment's party names who keeps it: a government institution, or a donor (funder). */
export function partyRefusal(
  party: CommitmentParty,
  actorId: string | null,
  funderId: string | null,
): string | null {
  if (party === 'government' && funderId)
    return 'funderId: a government commitment names an institution, not a funder';
  if (party === 'donor' && actorId) return 'actorId: a donor commitment names a funder, not an institution';
  return null;
}
