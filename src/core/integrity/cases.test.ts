import { describe, expect, it } from 'vitest';
import { applyStatusChange, type CaseState, deadlinesFor, isPurgeDue, overdueOf } from './cases.ts';

const now = new Date('2026-03-10T12:00:00Z');
const earlier = new Date('2026-03-01T12:00:00Z');
const state = (patch: Partial<CaseState> = {}): CaseState => ({
  status: 'new',
  outcome: null,
  acknowledgedAt: null,
  closedAt: null,
  ...patch,
});

describe('applyStatusChange', () => {
  it.each([
    ['new', 'acknowledged'],
    ['acknowledged', 'investigating'],
    ['closed', 'investigating'],
  ] as const)('lets %s go to %s', (from, to) => {
    const result = applyStatusChange(
      state({ status: from, closedAt: from === 'closed' ? earlier : null }),
      { status: to },
      now,
    );
    expect(result.ok).toBe(true);
  });

  it.each([
    ['new', 'investigating'],
    ['new', 'closed'],
    ['acknowledged', 'closed'],
    ['acknowledged', 'new'],
    ['investigating', 'acknowledged'],
    ['closed', 'new'],
    ['closed', 'acknowledged'],
  ] as const)('refuses %s → %s as a conflict on status', (from, to) => {
    const result = applyStatusChange(state({ status: from }), { status: to, outcome: 'referred' }, now);
    expect(result).toEqual({
      ok: false,
      error: { kind: 'conflict', field: 'status', message: `cannot go from ${from} to ${to}` },
    });
  });

  it('acknowledging sets acknowledgedAt once', () => {
    const result = applyStatusChange(state(), { status: 'acknowledged' }, now);
    expect(result).toMatchObject({ ok: true, next: { status: 'acknowledged', acknowledgedAt: now } });
  });

  it('closing needs an outcome and sets closedAt', () => {
    const without = applyStatusChange(state({ status: 'investigating' }), { status: 'closed' }, now);
    expect(without).toMatchObject({ ok: false, error: { kind: 'bad_request', field: 'outcome' } });
    const closed = applyStatusChange(
      state({ status: 'investigating', acknowledgedAt: earlier }),
      { status: 'closed', outcome: 'substantiated' },
      now,
    );
    expect(closed).toMatchObject({
      ok: true,
      next: { status: 'closed', outcome: 'substantiated', closedAt: now, acknowledgedAt: earlier },
    });
  });

  it('reopening clears closedAt and the outcome', () => {
    const result = applyStatusChange(
      state({ status: 'closed', outcome: 'referred', closedAt: earlier, acknowledgedAt: earlier }),
      { status: 'investigating' },
      now,
    );
    expect(result).toMatchObject({
      ok: true,
      next: { status: 'investigating', outcome: null, closedAt: null },
    });
  });

  it('an outcome belongs to a closed case only; a closed case may change its outcome', () => {
    expect(applyStatusChange(state({ status: 'investigating' }), { outcome: 'referred' }, now)).toMatchObject(
      {
        ok: false,
        error: { field: 'outcome', kind: 'bad_request' },
      },
    );
    const closed = state({ status: 'closed', outcome: 'referred', closedAt: earlier });
    expect(applyStatusChange(closed, { outcome: 'substantiated' }, now)).toMatchObject({
      ok: true,
      next: { outcome: 'substantiated', closedAt: earlier },
    });
    expect(applyStatusChange(closed, { outcome: null }, now)).toMatchObject({ ok: false });
  });

  it('the same status is no change', () => {
    expect(applyStatusChange(state({ status: 'investigating' }), { status: 'investigating' }, now)).toEqual({
      ok: true,
      next: state({ status: 'investigating' }),
    });
  });
});

describe('deadlines', () => {
  it('counts days from receipt', () => {
    expect(deadlinesFor(earlier, { acknowledgeDays: 7, feedbackDays: 90 })).toEqual({
      acknowledgeBy: new Date('2026-03-08T12:00:00Z'),
      feedbackBy: new Date('2026-05-30T12:00:00Z'),
    });
  });

  const due = {
    acknowledgeBy: new Date('2026-03-08T12:00:00Z'),
    feedbackBy: new Date('2026-03-09T12:00:00Z'),
  };
  it.each([
    ['nothing done, both passed', { status: 'new', acknowledgedAt: null, feedbackAt: null }, true, true],
    [
      'acknowledged late, no feedback',
      { status: 'acknowledged', acknowledgedAt: now, feedbackAt: null },
      false,
      true,
    ],
    ['both done', { status: 'investigating', acknowledgedAt: earlier, feedbackAt: earlier }, false, false],
    ['closed owes nothing', { status: 'closed', acknowledgedAt: earlier, feedbackAt: null }, false, false],
  ] as const)('overdue when %s', (_label, patch, acknowledge, feedback) => {
    expect(overdueOf({ ...due, ...patch }, now)).toEqual({ acknowledge, feedback });
  });

  it('is not overdue before the deadline', () => {
    const before = new Date('2026-03-08T11:59:59Z');
    expect(overdueOf({ ...due, status: 'new', acknowledgedAt: null, feedbackAt: null }, before)).toEqual({
      acknowledge: false,
      feedback: false,
    });
  });
});

describe('isPurgeDue', () => {
  const closedAt = new Date('2026-01-01T00:00:00Z');
  it.each([
    ['closed past retention', { status: 'closed', closedAt, purgedAt: null }, 30, true],
    ['closed exactly at retention', { status: 'closed', closedAt, purgedAt: null }, 68.5, true],
    ['closed inside retention', { status: 'closed', closedAt, purgedAt: null }, 90, false],
    ['already purged', { status: 'closed', closedAt, purgedAt: closedAt }, 30, false],
    ['open', { status: 'investigating', closedAt: null, purgedAt: null }, 0, false],
  ] as const)('%s', (_label, caseState, retentionDays, expected) => {
    expect(isPurgeDue(caseState, retentionDays, now)).toBe(expected);
  });
});
