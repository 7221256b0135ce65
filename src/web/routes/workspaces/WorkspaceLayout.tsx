import { Outlet } from '@tanstack/react-router';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/http';
import { useWorkspaceQuery } from '../../api/queries';
import type { Permission } from '../../api/types';
import { rememberWorkspace } from '../../app/lastWorkspace';
import { ErrorAlert, PageLoader } from '../../app/status';
import { type CurrentWorkspace, WorkspaceContext } from './workspaceContext';

export function WorkspaceLayout({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const query = useWorkspaceQuery(slug);

  useEffect(() => {
    if (query.isSuccess) rememberWorkspace(slug);
  }, [query.isSuccess, slug]);

  const current = useMemo<CurrentWorkspace | null>(() => {
    if (!query.data) return null;
    const { workspace, role, permissions } = query.data;
    return {
      workspace,
      role,
      permissions,
      can: (permission: Permission) => permissions.includes(permission),
    };
  }, [query.data]);

  if (query.isPending) return <PageLoader />;
  if (query.isError) {
    const missing =
      query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 403);
    return <ErrorAlert error={query.error} title={missing ? t('workspace.notFound') : undefined} />;
  }
  return (
    <WorkspaceContext.Provider value={current}>
      <Outlet />
    </WorkspaceContext.Provider>
  );
}
