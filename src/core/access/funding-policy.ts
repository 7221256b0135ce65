import type { PolicyRefusal } from './policy.ts';
import { can, type Role } from './roles.ts';

/**
 * Who sees and changes funding. "Donors see and edit their own funding. The secretariat sees everything.
 * Oversight roles read." Every role but donor reads all flows; a donor-role member reads and writes only
 * the flows of funders they are linked to (funder_members). Funders themselves, and who speaks for them,
 * are the secretariat's (owner, admin).
 */
export interface FundingActing {
  role: Role;
  /** Funders this user is linked to as a donor-role member. */
  linkedFunderIds: ReadonlySet<string>;
}

/** Which flows a user may read: all of them, or those of the listed funders only. */
export type FundingScope = { all: true } | { all: false; funderIds: ReadonlySet<string> };

export function fundingReadScope(acting: FundingActing): FundingScope {
  return acting.role === 'donor' ? { all: false, funderIds: acting.linkedFunderIds } : { all: true };
}

/** Whether the flows of this funder are visible to the user. */
export function canReadFunderFlows(scope: FundingScope, funderId: string): boolean {
  return scope.all || scope.funderIds.has(funderId);
}

const forbidden = (reason: string): PolicyRefusal => ({ code: 'forbidden', reason });

/** Recording, changing or deleting a flow of `funder`. */
export function flowWriteRefusal(
  acting: FundingActing,
  funder: { id: string; name: string },
): PolicyRefusal | null {
  if (!can(acting.role, 'funding:write'))
    return forbidden(`the ${acting.role} role cannot do this (needs funding:write)`);
  if (acting.role === 'donor' && !acting.linkedFunderIds.has(funder.id))
    return forbidden(
      `you do not speak for the funder "${funder.name}": ask the secretariat to link you to it`,
    );
  return null;
}

/** Creating, changing or deleting funders and linking members to them: the secretariat only. */
export function funderManageRefusal(acting: Pick<FundingActing, 'role'>): PolicyRefusal | null {
  if (!can(acting.role, 'funding:write') || acting.role === 'donor')
    return forbidden(`the ${acting.role} role cannot do this (only the secretariat manages funders)`);
  return null;
}

/** Only donor-role members are linked to a funder: every other role already reads all funding. */
export const linkableToFunder = (memberRole: Role): boolean => memberRole === 'donor';
