import { describe, expect, it } from 'vitest';
import { can, PERMISSION_MATRIX, PERMISSIONS, permissionsOf, ROLES, roleChangeRefusal } from './roles.ts';

describe('permission matrix', () => {
  it.each([
    ['owner', 'workspace:delete', true],
    ['admin', 'workspace:delete', false],
    ['admin', 'member:manage', true],
    ['editor', 'member:manage', false],
    ['oversight', 'audit:read', true],
    ['oversight', 'oversight-note:write', true],
    ['donor', 'audit:read', false],
    ['viewer', 'oversight-note:write', false],
    ['viewer', 'workspace:read', true],
    ['owner', 'sector-map:write', true],
    ['admin', 'sector-map:write', true],
    ['editor', 'sector-map:write', true],
    ['donor', 'sector-map:write', false],
    ['assessor', 'sector-map:write', false],
    ['oversight', 'sector-map:write', false],
    ['viewer', 'sector-map:write', false],
  ] as const)('%s may %s: %s', (role, permission, allowed) => {
    expect(can(role, permission)).toBe(allowed);
  });

  it('names only known roles and covers every permission', () => {
    for (const permission of PERMISSIONS) {
      expect(PERMISSION_MATRIX[permission].length).toBeGreaterThan(0);
      for (const role of PERMISSION_MATRIX[permission]) expect(ROLES).toContain(role);
    }
  });

  it('gives the owner every permission and the viewer only reading', () => {
    expect(permissionsOf('owner')).toEqual([...PERMISSIONS]);
    expect(permissionsOf('viewer').every((p) => p.endsWith(':read'))).toBe(true);
  });
});

describe('role changes', () => {
  it.each([
    ['owner', 'viewer', 'owner', null],
    ['owner', 'owner', 'admin', null],
    ['admin', 'viewer', 'editor', null],
    ['admin', 'viewer', 'owner', 'only an owner can grant or remove the owner role'],
    ['admin', 'owner', 'viewer', 'only an owner can grant or remove the owner role'],
    ['editor', 'viewer', 'donor', 'your role cannot manage members'],
  ] as const)('%s changing %s to %s', (actor, from, to, refusal) => {
    expect(roleChangeRefusal(actor, from, to)).toBe(refusal);
  });
});
