import { ROLES, type Role, roleChangeRefusal } from '../../../core/access/roles';

export interface MemberControls {
  /** Roles the signed-in manager may give this member (their current role included). */
  roleChoices: Role[];
  canRemove: boolean;
  /** The signed-in owner's own row: only another owner may demote or remove them. */
  ownOwnerSeat: boolean;
}

/**
 * Which controls one row of the members table offers, mirroring the server's rules: only an owner
 * touches the owner role, and an owner never demotes or removes themselves.
 */
export function memberControls(
  actor: { role: Role; userId: string },
  member: { role: Role; userId: string },
): MemberControls {
  const ownOwnerSeat = member.role === 'owner' && member.userId === actor.userId;
  if (ownOwnerSeat || roleChangeRefusal(actor.role, member.role, member.role) !== null) {
    return { roleChoices: [], canRemove: false, ownOwnerSeat };
  }
  return {
    roleChoices: ROLES.filter((role) => roleChangeRefusal(actor.role, member.role, role) === null),
    canRemove: true,
    ownOwnerSeat: false,
  };
}
