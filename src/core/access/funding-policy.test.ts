import { describe, expect, it } from 'vitest';
import {
  canReadFunderFlows,
  flowWriteRefusal,
  funderManageRefusal,
  fundingReadScope,
  linkableToFunder,
} from './funding-policy.ts';
import { ROLES, type Role } from './roles.ts';

const UK = { id: 'f-uk', name: 'UK FCDO' };
const EU = { id: 'f-eu', name: 'European Union' };
const acting = (role: Role, linked: string[] = []) => ({ role, linkedFunderIds: new Set(linked) });

describe('reading flows', () => {
  it.each<[Role, string[], string, boolean]>([
    ['owner', [], EU.id, true],
    ['admin', [], EU.id, true],
    ['editor', [], EU.id, true],
    ['oversight', [], EU.id, true],
    ['assessor', [], EU.id, true],
    ['viewer', [], EU.id, true],
    ['donor', [UK.id], UK.id, true],
    ['donor', [UK.id], EU.id, false],
    ['donor', [], UK.id, false],
  ])('%s linked to %j reads %s: %s', (role, linked, funderId, readable) => {
    expect(canReadFunderFlows(fundingReadScope(acting(role, linked)), funderId)).toBe(readable);
  });
});

describe('writing flows', () => {
  it.each<[Role, string[], typeof UK, string | null]>([
    ['owner', [], UK, null],
    ['admin', [], EU, null],
    ['donor', [UK.id], UK, null],
    ['donor', [UK.id], EU, 'you do not speak for the funder "European Union"'],
    ['editor', [], UK, 'needs funding:write'],
    ['oversight', [], UK, 'needs funding:write'],
    ['viewer', [UK.id], UK, 'needs funding:write'],
  ])('%s linked to %j on %j', (role, linked, funder, refusal) => {
    const result = flowWriteRefusal(acting(role, linked), funder);
    if (refusal === null) expect(result).toBeNull();
    else expect(result).toEqual({ code: 'forbidden', reason: expect.stringContaining(refusal) });
  });
});

describe('managing funders', () => {
  it('is for the secretariat only', () => {
    const allowed = ROLES.filter((role) => funderManageRefusal({ role }) === null);
    expect(allowed).toEqual(['owner', 'admin']);
  });

  it('links donor-role members only', () => {
    expect(ROLES.filter(linkableToFunder)).toEqual(['donor']);
  });
});
