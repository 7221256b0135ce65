/**
 * Workspace roles and the permission matrix, as data. Services call `can(role, permission)`;
 * the UI only mirrors it through the permission list the API returns.
 */
export const ROLES = ['owner', 'admin', 'editor', 'donor', 'assessor', 'oversight', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'workspace:read',
  'workspace:update',
  'workspace:delete',
  'member:read',
  'member:manage',
  'invitation:manage',
  'audit:read',
  'oversight-note:read',
  'oversight-note:write',
  'sector-map:write',
  'assessment:manage',
  'consultation:write',
  'plan:write',
  'plan:approve',
  'risk:write',
  'finance:write',
  'funding:write',
  'coordination:write',
  'monitoring:configure',
  'data-values:write',
  'dashboard:write',
  'monitoring:decide',
  'survey:design',
  'survey:collect',
  'integrity:manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const everyone: readonly Role[] = ROLES;
const secretariat: readonly Role[] = ['owner', 'admin'];

/** Which roles hold each permission. Oversight bodies read everything and write oversight notes. */
export const PERMISSION_MATRIX: Record<Permission, readonly Role[]> = {
  'workspace:read': everyone,
  'workspace:update': secretariat,
  'workspace:delete': ['owner'],
  'member:read': everyone,
  'member:manage': secretariat,
  'invitation:manage': secretariat,
  'audit:read': ['owner', 'admin', 'oversight'],
  'oversight-note:read': everyone,
  'oversight-note:write': ['owner', 'admin', 'oversight'],
  // Reading the map needs only workspace:read; focal points (editors) keep their institutions current.
  'sector-map:write': ['owner', 'admin', 'editor'],
  // Starting assessments and building frameworks; who may score a given one is the workflow's rule.
  'assessment:manage': ['owner', 'admin', 'assessor', 'donor'],
  'consultation:write': ['owner', 'admin', 'assessor', 'editor'],
  // Focal points (editors) keep the portfolio and its progress current; the secretariat approves the baseline.
  'plan:write': ['owner', 'admin', 'editor'],
  'plan:approve': ['owner', 'admin'],
  // Donors and advisers see risks the government may not: they may log them too.
  'risk:write': ['owner', 'admin', 'editor', 'donor'],
  // Ministry focal points keep their budget lines current; the secretariat owns the projections.
  'finance:write': ['owner', 'admin', 'editor'],
  // Donors record their own funding only (the finance policy checks which funders they speak for).
  'funding:write': ['owner', 'admin', 'donor'],
  'coordination:write': ['owner', 'admin'],
  // The secretariat's M&E unit sets up org units, data elements, indicators, results and targets.
  'monitoring:configure': ['owner', 'admin'],
  // Ministry focal points report their figures.
  'data-values:write': ['owner', 'admin', 'editor'],
  // Anyone who analyses may save charts; viewers and oversight bodies only read them.
  'dashboard:write': ['owner', 'admin', 'editor', 'donor', 'assessor'],
  // Deciding what to do about an off-track indicator, and opening a re-planning scenario, is the secretariat's.
  'monitoring:decide': ['owner', 'admin'],
  // Designing forms, samples and estimates, importing and reading individual responses: the M&E unit and assessors.
  'survey:design': ['owner', 'admin', 'assessor'],
  // Enumerators are ministry focal points or assessors who fill forms in the field.
  'survey:collect': ['owner', 'admin', 'editor', 'assessor'],
  // Setting up the integrity channel and choosing its recipients; reading cases needs being a recipient.
  'integrity:manage': ['owner', 'admin'],
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function can(role: Role, permission: Permission): boolean {
  return PERMISSION_MATRIX[permission].includes(role);
}

export function permissionsOf(role: Role): Permission[] {
  return PERMISSIONS.filter((permission) => can(role, permission));
}

/**
 * Only an owner may make or unmake owners; an admin may assign every other role.
 * Returns the reason the change is refused, or null when it is allowed.
 */
export function roleChangeRefusal(actorRole: Role, fromRole: Role | null, toRole: Role): string | null {
  if (!can(actorRole, 'member:manage')) return 'your role cannot manage members';
  if ((toRole === 'owner' || fromRole === 'owner') && actorRole !== 'owner') {
    return 'only an owner can grant or remove the owner role';
  }
  return null;
}
