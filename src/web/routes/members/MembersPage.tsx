import { Paper, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, queryKeys } from '../../api/endpoints';
import { useMe } from '../../api/queries';
import { ErrorAlert, NoAccessAlert, PageLoader } from '../../app/status';
import { useCurrentWorkspace } from '../workspaces/workspaceContext';
import { InviteForm } from './InviteForm';
import { MembersTable } from './MembersTable';
import { PendingInvitations } from './PendingInvitations';
import { RolesReference } from './RolesReference';

export function MembersPage() {
  const { t } = useTranslation();
  const { workspace, role, can } = useCurrentWorkspace();
  const me = useMe();
  const members = useQuery({
    queryKey: queryKeys.members(workspace.slug),
    queryFn: () => api.listMembers(workspace.slug),
    enabled: can('member:read'),
  });

  if (!can('member:read')) return <NoAccessAlert />;

  return (
    <Stack maw={1100}>
      <Title order={1} size="h2">
        {t('members.title')}
      </Title>
      {members.isPending && <PageLoader />}
      {members.isError && <ErrorAlert error={members.error} />}
      {members.data && (
        <MembersTable
          slug={workspace.slug}
          members={members.data.members}
          canManage={can('member:manage')}
          currentUser={{ userId: me.data?.user.id ?? '', role }}
        />
      )}
      <RolesReference />
      {can('invitation:manage') && (
        <Stack gap="sm" mt="md">
          <Title order={2} size="h3">
            {t('invitations.title')}
          </Title>
          <Paper withBorder p="md" radius="md">
            <InviteForm slug={workspace.slug} />
          </Paper>
          <Title order={3} size="h4">
            {t('invitations.pendingTitle')}
          </Title>
          <PendingInvitations slug={workspace.slug} />
        </Stack>
      )}
    </Stack>
  );
}
