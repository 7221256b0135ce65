import { describe, expect, it } from 'vitest';
import type { Role } from '../../../core/access/roles';
import { memberControls } from './memberControls';

const ME = 'me';
const row = (role: Role, userId = 'someone') => ({ role, userId });

describe('controls on a row of the members table', () => {
  it.each([
    ['an owner on their own row', 'owner', row('owner', ME), { roleChoices: 0, canRemove: false, own: true }],
    ['an owner on another owner', 'owner', row('owner'), { roleChoices: 7, canRemove: true, own: false }],
    ['an owner on an editor', 'owner', row('editor'), { roleChoices: 7, canRemove: true, own: false }],
    ['an admin on an owner', 'admin', row('owner'), { roleChoices: 0, canRemove: false, own: false }],
    ['an admin on an editor', 'admin', row('editor'), { roleChoices: 6, canRemove: true, own: false }],
    ['an admin on their own row', 'admin', row('admin', ME), { roleChoices: 6, canRemove: true, own: false }],
    ['an editor on anyone', 'editor', row('viewer'), { roleChoices: 0, canRemove: false, own: false }],
  ] as const)('%s', (_case, actorRole, member, expected) => {
    const controls = memberControls({ role: actorRole, userId: ME }, member);
    expect(controls.roleChoices).toHaveLength(expected.roleChoices);
    expect(controls.canRemove).toBe(expected.canRemove);
    expect(controls.ownOwnerSeat).toBe(expected.own);
  });

  it('an admin is never offered the owner role', () => {
    const { roleChoices } = memberControls({ role: 'admin', userId: ME }, row('viewer'));
    expect(roleChoices).not.toContain('owner');
    expect(roleChoices).toContain('admin');
  });
});
