import { Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, queryKeys } from '../../api/endpoints';
import { useMe } from '../../api/queries';
import { RouterAnchor, RouterButton } from '../../app/RouterLinks';
import { ErrorAlert, PageLoader } from '../../app/status';
import { WORKSPACE_LANGUAGE_NAMES } from '../../i18n/languages';

export function WorkspaceListPage() {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: queryKeys.workspaces, queryFn: api.listWorkspaces });
  const canCreate = useMe().data?.user.serverRole === 'admin';

  return (
    <Stack maw={960}>
      <Group justify="space-between" align="center">
        <Title order={1} size="h2">
          {t('workspace.listTitle')}
        </Title>
        {canCreate && <RouterButton to="/workspaces/new">{t('shell.newWorkspace')}</RouterButton>}
      </Group>
      {query.isPending && <PageLoader />}
      {query.isError && <ErrorAlert error={query.error} />}
      {query.data && query.data.workspaces.length === 0 && (
        <Text>{t(canCreate ? 'workspace.noneYet' : 'workspace.noneYetInvited')}</Text>
      )}
      {query.data && query.data.workspaces.length > 0 && (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {query.data.workspaces.map((workspace) => (
            <Card key={workspace.id} withBorder radius="md" padding="md">
              <RouterAnchor to="/w/$slug" params={{ slug: workspace.slug }} fw={700} size="lg">
                {workspace.name}
              </RouterAnchor>
              <Text size="sm" c="dimmed">
                {[workspace.country, WORKSPACE_LANGUAGE_NAMES[workspace.defaultLanguage]]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
              <Text size="sm" mt="xs">
                {t('workspace.yourRole')}: {t(`roles.${workspace.role}.name`)}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
