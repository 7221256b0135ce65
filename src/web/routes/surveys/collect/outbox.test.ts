import { describe, expect, it } from 'vitest';
import type { OutboxItem, OutboxStore } from './offlineStore';
import { outcomeOf, type PostOutcome, retryDelay, sendOutbox } from './outbox';

function memoryStore(items: OutboxItem[]): OutboxStore & { items: Map<string, OutboxItem> } {
  const map = new Map(items.map((item) => [item.id, item]));
  return {
    items: map,
    listOutbox: async (scope) => [...map.values()].filter((item) => !scope || item.scope === scope),
    putOutbox: async (item) => {
      map.set(item.id, item);
    },
    deleteOutbox: async (id) => {
      map.delete(id);
    },
  };
}

function item(id: string, queuedAt: string, refused: OutboxItem['refused'] = null): OutboxItem {
  return {
    id,
    scope: 'ws:demo:s1',
    postPath: '/api/workspaces/demo/surveys/s1/submissions',
    payload: { id, answers: {}, startedAt: null, completedAt: queuedAt },
    queuedAt,
    attempts: 0,
    lastTryAt: null,
    refused,
    lastError: null,
  };
}

const now = () => new Date('2026-05-01T10:00:00Z');

describe('sendOutbox', () => {
  it('removes what the server received, keeps what it refused with the reason, oldest first', async () => {
    const store = memoryStore([item('b', '2026-05-01T09:02:00Z'), item('a', '2026-05-01T09:01:00Z')]);
    const order: string[] = [];
    const outcomes: Record<string, PostOutcome> = {
      a: { kind: 'received' },
      b: {
        kind: 'refused',
        reason: { status: 409, code: 'survey_not_open', message: 'closed', problems: [] },
      },
    };
    const summary = await sendOutbox(
      store,
      async (i) => {
        order.push(i.id);
        return outcomes[i.id];
      },
      { now },
    );
    expect(order).toEqual(['a', 'b']);
    expect(summary).toEqual({ received: 1, retry: 0, refused: 1 });
    expect([...store.items.keys()]).toEqual(['b']);
    expect(store.items.get('b')).toMatchObject({
      attempts: 1,
      lastTryAt: '2026-05-01T10:00:00.000Z',
      refused: { status: 409, code: 'survey_not_open' },
    });
  });

  it('keeps everything and stops at the first network failure', async () => {
    const store = memoryStore([item('a', '2026-05-01T09:01:00Z'), item('b', '2026-05-01T09:02:00Z')]);
    const tried: string[] = [];
    const summary = await sendOutbox(
      store,
      async (i): Promise<PostOutcome> => {
        tried.push(i.id);
        return { kind: 'retry', reason: 'offline' };
      },
      { now },
    );
    expect(tried).toEqual(['a']);
    expect(summary.retry).toBe(1);
    expect(store.items.size).toBe(2);
    expect(store.items.get('a')).toMatchObject({ attempts: 1, lastError: 'offline', refused: null });
  });

  it('skips refused items unless asked to retry them', async () => {
    const refused = { status: 400, code: 'invalid_answers', message: 'age', problems: [] };
    const store = memoryStore([item('a', '2026-05-01T09:01:00Z', refused)]);
    const post = async (): Promise<PostOutcome> => ({ kind: 'received' });
    expect(await sendOutbox(store, post, { now })).toEqual({ received: 0, retry: 0, refused: 0 });
    expect(store.items.size).toBe(1);
    expect(await sendOutbox(store, post, { now, includeRefused: true })).toMatchObject({ received: 1 });
    expect(store.items.size).toBe(0);
  });
});

describe('outcomeOf', () => {
  it.each([
    [null, 'retry'],
    [201, 'received'],
    [200, 'received'],
    [400, 'refused'],
    [409, 'refused'],
    [401, 'retry'],
    [429, 'retry'],
    [503, 'retry'],
  ] as const)('status %s → %s', (status, kind) => {
    expect(outcomeOf(status, 'code', 'message').kind).toBe(kind);
  });
});

describe('outcomeOf with a 400', () => {
  it('keeps the problems the server listed, and only well-formed ones', () => {
    const details = { errors: [{ path: 'age', code: 'constraint', params: {} }, { path: 3 }] };
    expect(outcomeOf(400, 'invalid_answers', 'age: …', details)).toEqual({
      kind: 'refused',
      reason: {
        status: 400,
        code: 'invalid_answers',
        message: 'age: …',
        problems: [{ path: 'age', code: 'constraint', params: {} }],
      },
    });
  });
});

describe('retryDelay', () => {
  it('doubles from 5 s and stops at 5 minutes', () => {
    expect([0, 1, 2, 3].map(retryDelay)).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect(retryDelay(50)).toBe(300_000);
  });
});
