import { afterEach, describe, expect, it, vi } from 'vitest';
import { type ApiError, apiRequest, setPreconditionFailedHandler } from './http';
import { forgetVersions, ifMatchFor, rememberVersions } from './versions';

afterEach(() => {
  forgetVersions();
  vi.unstubAllGlobals();
  setPreconditionFailedHandler(() => {});
});

describe('loaded versions', () => {
  it('finds { id, version } records at any depth and answers by the last segment of a path', () => {
    rememberVersions({
      plan: { id: 'plan-1', version: 4 },
      items: [{ id: 'item-1', version: 2, children: [{ id: 'item 2', version: 7 }] }],
      dependencies: [{ id: 'dep-1' }],
    });
    expect(ifMatchFor('/api/workspaces/w/plans/plan-1')).toBe('"4"');
    expect(ifMatchFor('/api/workspaces/w/plans/plan-1/items/item-1')).toBe('"2"');
    expect(ifMatchFor('/api/workspaces/w/plans/p/items/item%202?x=1')).toBe('"7"');
    expect(ifMatchFor('/api/workspaces/w/plans/p/dependencies/dep-1')).toBeUndefined();
    expect(ifMatchFor('/api/workspaces/w/plans/plan-1/schedule')).toBeUndefined();
  });

  it('a workspace is also found by its slug', () => {
    rememberVersions({ workspace: { id: 'w-1', slug: 'kasora', version: 3 } });
    expect(ifMatchFor('/api/workspaces/kasora')).toBe('"3"');
  });

  it('a later response replaces the version', () => {
    rememberVersions({ actor: { id: 'a', version: 1 } });
    rememberVersions({ actor: { id: 'a', version: 2 } });
    expect(ifMatchFor('/api/workspaces/w/actors/a')).toBe('"2"');
  });
});

describe('apiRequest', () => {
  const reply = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

  it('sends If-Match on PATCH with the version loaded by an earlier GET, never on GET', async () => {
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(reply(200, { actor: { id: 'a1', version: 3 } }))
      .mockResolvedValueOnce(reply(200, { actor: { id: 'a1', version: 4 } }));
    vi.stubGlobal('fetch', fetchMock);
    await apiRequest('GET', '/api/workspaces/w/actors/a1');
    await apiRequest('PATCH', '/api/workspaces/w/actors/a1', { name: 'New' });
    expect(fetchMock.mock.calls[0][1].headers['If-Match']).toBeUndefined();
    expect(fetchMock.mock.calls[1][1].headers['If-Match']).toBe('"3"');
    expect(ifMatchFor('/api/workspaces/w/actors/a1')).toBe('"4"');
  });

  it('hands a 412 to the one shared handler and still rejects the call', async () => {
    const seen: ApiError[] = [];
    setPreconditionFailedHandler((error) => seen.push(error));
    const envelope = {
      error: {
        code: 'precondition_failed',
        message: 'changed by someone else since you loaded it',
        details: { currentVersion: 5 },
      },
    };
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(reply(412, envelope)));
    await expect(apiRequest('PATCH', '/api/workspaces/w/needs/n1', { title: 'x' })).rejects.toMatchObject({
      status: 412,
      code: 'precondition_failed',
    });
    expect(seen).toHaveLength(1);
    expect(seen[0].details).toEqual({ currentVersion: 5 });
  });
});
