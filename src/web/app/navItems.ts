import type { Permission } from '../api/types';

export type NavKey =
  | 'overview'
  | 'map'
  | 'assess'
  | 'plan'
  | 'finance'
  | 'coordinate'
  | 'monitor'
  | 'surveys'
  | 'integrity'
  | 'members'
  | 'audit'
  | 'oversight-notes'
  | 'settings';

export type NavTarget =
  | '/w/$slug'
  | '/w/$slug/map'
  | '/w/$slug/assess'
  | '/w/$slug/plan'
  | '/w/$slug/finance'
  | '/w/$slug/coordinate'
  | '/w/$slug/monitor'
  | '/w/$slug/surveys'
  | '/w/$slug/integrity'
  | '/w/$slug/members'
  | '/w/$slug/audit'
  | '/w/$slug/oversight-notes'
  | '/w/$slug/settings';

export interface NavItem {
  key: NavKey;
  to: NavTarget;
  /** The permission the page needs; the link is hidden without it. */
  permission: Permission;
}

// A later module (finance, monitoring, surveys…) adds its entry here once its pages work.
export const CYCLE_NAV: NavItem[] = [
  { key: 'overview', to: '/w/$slug', permission: 'workspace:read' },
  { key: 'map', to: '/w/$slug/map', permission: 'workspace:read' },
  { key: 'assess', to: '/w/$slug/assess', permission: 'workspace:read' },
  { key: 'plan', to: '/w/$slug/plan', permission: 'workspace:read' },
  { key: 'finance', to: '/w/$slug/finance', permission: 'workspace:read' },
  { key: 'coordinate', to: '/w/$slug/coordinate', permission: 'workspace:read' },
  { key: 'monitor', to: '/w/$slug/monitor', permission: 'workspace:read' },
  { key: 'surveys', to: '/w/$slug/surveys', permission: 'workspace:read' },
  // Cases show only to the channel's recipients; everyone sees the suppressed statistics.
  { key: 'integrity', to: '/w/$slug/integrity', permission: 'workspace:read' },
];

export const ADMIN_NAV: NavItem[] = [
  { key: 'members', to: '/w/$slug/members', permission: 'member:read' },
  { key: 'audit', to: '/w/$slug/audit', permission: 'audit:read' },
  { key: 'oversight-notes', to: '/w/$slug/oversight-notes', permission: 'oversight-note:read' },
  { key: 'settings', to: '/w/$slug/settings', permission: 'workspace:update' },
];
