import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from './db/schema/index.ts';
import {
  api,
  createTestContext,
  newWorkspace,
  type TestContext,
  type TestWorkspace,
} from './testing/harness.ts';

// Twenty writers at once against one plan and one actor. On PostgreSQL (TEST_DATABASE_URL) they run on
// separate pooled connections; on PGlite they interleave at every await of the single connection.
const WRITERS = 20;

let ctx: TestContext;
let home: TestWorkspace;
let planPath: string;
let projectId: string;

const owner = () => ({ cookie: home.owner.cookie });

async function post(path: string, body: object) {
  const res = await api(ctx, 'POST', path, { ...owner(), body });
  if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

beforeAll(async () => {
  ctx = await createTestContext();
  home = await newWorkspace(ctx);
  const plans = `/api/workspaces/${home.slug}/plans`;
  const { plan } = await post(plans, { name: 'Concurrency plan', startMonth: '2027-01', horizonMonths: 60 });
  planPath = `${plans}/${plan.id}`;
  const { item: programme } = await post(`${planPath}/items`, {
    kind: 'programme',
    code: 'P',
    name: 'Programme',
  });
  const { item: project } = await post(`${planPath}/items`, {
    kind: 'project',
    code: 'P.1',
    name: 'Project',
    parentId: programme.id,
  });
  projectId = project.id;
});
afterAll(() => ctx.close());

async function addActivities(prefix: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let index = 0; index < count; index++) {
    const { item } = await post(`${planPath}/items`, {
      kind: 'activity',
      code: `${prefix}${index}`,
      name: `Activity ${prefix}${index}`,
      duration: 1,
      parentId: projectId,
    });
    ids.push(item.id);
  }
  return ids;
}

/** Kahn's algorithm: a directed graph has a cycle when some node never reaches in-degree zero. */
function hasCycle(edges: { predecessorId: string; successorId: string }[]): boolean {
  const incoming = new Map<string, number>();
  for (const edge of edges) {
    incoming.set(edge.predecessorId, incoming.get(edge.predecessorId) ?? 0);
    incoming.set(edge.successorId, (incoming.get(edge.successorId) ?? 0) + 1);
  }
  const ready = [...incoming].filter(([, count]) => count === 0).map(([id]) => id);
  let removed = 0;
  while (ready.length > 0) {
    const node = ready.pop() as string;
    removed++;
    for (const edge of edges.filter((candidate) => candidate.predecessorId === node)) {
      const left = (incoming.get(edge.successorId) ?? 0) - 1;
      incoming.set(edge.successorId, left);
      if (left === 0) ready.push(edge.successorId);
    }
  }
  return removed < incoming.size;
}

describe('twenty concurrent writers', () => {
  it('dependencies that together would close a ring: one is refused with 409, no cycle is stored', async () => {
    const ring = await addActivities('R', WRITERS);
    const responses = await Promise.all(
      ring.map((predecessorId, index) =>
        api(ctx, 'POST', `${planPath}/dependencies`, {
          ...owner(),
          body: { predecessorId, successorId: ring[(index + 1) % ring.length] },
        }),
      ),
    );
    const statuses = responses.map((res) => res.status).sort();
    const detail = await api(ctx, 'GET', planPath, owner());
    const stored = detail.body.dependencies.filter((dependency: { predecessorId: string }) =>
      ring.includes(dependency.predecessorId),
    );
    const cycle = hasCycle(stored);
    expect(cycle).toBe(false);
    expect(stored).toHaveLength(WRITERS - 1);
    expect(statuses.filter((status) => status === 201)).toHaveLength(WRITERS - 1);
    const refused = responses.filter((res) => res.status === 409);
    expect(refused).toHaveLength(1);
    expect(refused[0].body.error.message).toMatch(/cycle/);
  });

  it('PATCHes without If-Match: every audit "before" is the previous entry\'s "after"', async () => {
    const { actor } = await post(`/api/workspaces/${home.slug}/actors`, {
      name: 'Name 0',
      category: 'police',
    });
    const path = `/api/workspaces/${home.slug}/actors/${actor.id}`;
    const responses = await Promise.all(
      Array.from({ length: WRITERS }, (_, index) =>
        api(ctx, 'PATCH', path, { ...owner(), body: { name: `Name ${index + 1}` } }),
      ),
    );
    expect(responses.map((res) => res.status)).toEqual(Array(WRITERS).fill(200));
    const entries = await ctx.db
      .select({ changes: auditLog.changes })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, actor.id), eq(auditLog.action, 'actor.update')))
      .orderBy(asc(auditLog.seq));
    expect(entries).toHaveLength(WRITERS);
    const names = entries.map(
      (entry) => (entry.changes as Record<string, { before: unknown; after: unknown }>).name,
    );
    let previous: unknown = 'Name 0';
    let stale = 0;
    for (const change of names) {
      if (change?.before !== previous) stale++;
      previous = change?.after;
    }
    expect(stale).toBe(0);
    const final = await api(ctx, 'GET', path, owner());
    expect(final.body.actor.name).toBe(previous);
    expect(final.body.actor.version).toBe(WRITERS + 1);
  });

  it('read-modify-write with If-Match: one success per version, the rest 412, no update lost', async () => {
    const targets = await addActivities('T', WRITERS);
    const { risk } = await post(`${planPath}/risks`, {
      title: 'Spoilers',
      category: 'spoilers',
      likelihood: 3,
      impact: 3,
      itemIds: [],
    });
    const riskPath = `${planPath}/risks/${risk.id}`;
    const successesByVersion = new Map<number, number>();
    let refused = 0;
    const extendWith = async (itemId: string) => {
      for (let attempt = 0; attempt <= WRITERS; attempt++) {
        const list = await api(ctx, 'GET', `${planPath}/risks`, owner());
        const current = list.body.risks.find((candidate: { id: string }) => candidate.id === risk.id);
        const res = await api(ctx, 'PATCH', riskPath, {
          ...owner(),
          headers: { 'if-match': `"${current.version}"` },
          body: { itemIds: [...current.itemIds, itemId] },
        });
        if (res.status === 200) {
          successesByVersion.set(current.version, (successesByVersion.get(current.version) ?? 0) + 1);
          expect(res.body.risk.version).toBe(current.version + 1);
          expect(res.headers.get('etag')).toBe(`"${current.version + 1}"`);
          return;
        }
        expect(res.status).toBe(412);
        expect(res.body.error.code).toBe('precondition_failed');
        expect(res.body.error.details.currentVersion).toBeGreaterThan(current.version);
        refused++;
      }
      throw new Error(`${itemId} never got through`);
    };
    await Promise.all(targets.map(extendWith));
    expect([...successesByVersion.values()].every((count) => count === 1)).toBe(true);
    expect(successesByVersion.size).toBe(WRITERS);
    expect(refused).toBeGreaterThan(0);
    const list = await api(ctx, 'GET', `${planPath}/risks`, owner());
    const final = list.body.risks.find((candidate: { id: string }) => candidate.id === risk.id);
    expect([...final.itemIds].sort()).toEqual([...targets].sort());
    expect(final.version).toBe(1 + WRITERS);
  });
});
