import { expect } from 'vitest';
import { api, type TestContext, type TestWorkspace } from '../../testing/harness.ts';

/** The sequence number of the workspace's newest audit entry: every write moves it on. */
export async function auditHead(ctx: TestContext, workspace: TestWorkspace): Promise<number> {
  const res = await api(ctx, 'GET', `/api/workspaces/${workspace.slug}/audit?limit=1`, {
    cookie: workspace.owner.cookie,
  });
  expect(res.status).toBe(200);
  return res.body.entries[0]?.seq ?? 0;
}

export const MADE_UP_ID = '00000000-0000-4000-8000-000000000000';

export interface BodyIdCase {
  /** The field the refusal must name, e.g. `scopeActorIds.1`. */
  field: string;
  method: 'POST' | 'PATCH' | 'PUT';
  path: string;
  /** The body carrying `id` where the field is. */
  body: (id: string) => Record<string, unknown>;
  /** Ids that must be refused: one of another workspace, one made up. */
  refused: { foreign: string; madeUp?: string };
  /** What a read shows before and after: it must not change. */
  read?: () => Promise<unknown>;
}

/** Sends the body once per refused id: 400 or 404 naming the field, and nothing written. */
export async function expectRefused(ctx: TestContext, workspace: TestWorkspace, entry: BodyIdCase) {
  const ids = [entry.refused.foreign, entry.refused.madeUp ?? MADE_UP_ID];
  for (const id of ids) {
    const head = await auditHead(ctx, workspace);
    const seen = entry.read ? await entry.read() : null;
    const res = await api(ctx, entry.method, entry.path, {
      cookie: workspace.owner.cookie,
      body: entry.body(id),
    });
    expect([400, 404], `${entry.field} with ${id}: ${JSON.stringify(res.body)}`).toContain(res.status);
    expect(res.body.error.message.startsWith(`${entry.field}: `), res.body.error.message).toBe(true);
    expect(await auditHead(ctx, workspace), `${entry.field}: audit moved`).toBe(head);
    if (entry.read) expect(await entry.read()).toEqual(seen);
  }
}
