import { createContext, useContext } from 'react';
import type { Permission, Role, WorkspaceDetail } from '../../api/types';

export interface CurrentWorkspace {
  workspace: WorkspaceDetail;
  role: Role;
  permissions: readonly string[];
  can: (permission: Permission) => boolean;
}

export const WorkspaceContext = createContext<CurrentWorkspace | null>(null);

/** The workspace of the current `/w/$slug` page; only valid inside WorkspaceLayout. */
export function useCurrentWorkspace(): CurrentWorkspace {
  const current = useContext(WorkspaceContext);
  if (!current) throw new Error('useCurrentWorkspace() used outside a workspace page');
  return current;
}
