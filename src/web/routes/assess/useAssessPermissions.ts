import { useCurrentWorkspace } from '../workspaces/workspaceContext';

/**
 * What the workspace role allows in this area. Who may score, review or validate one assessment is
 * the server's decision per assessment; these only decide which controls are worth offering.
 */
export function useAssessPermissions() {
  const { workspace, role, permissions } = useCurrentWorkspace();
  return {
    slug: workspace.slug,
    role,
    canManage: permissions.includes('assessment:manage'),
    canConsult: permissions.includes('consultation:write'),
    canWriteSwot: permissions.includes('assessment:manage') || permissions.includes('sector-map:write'),
    isSecretariat: role === 'owner' || role === 'admin',
  };
}
