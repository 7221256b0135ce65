import { Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format';
import { RouterAnchor } from '../../app/RouterLinks';
import { RecentAuditEntries } from '../audit/RecentAuditEntries';
import { useCurrentWorkspace } from './workspaceContext';

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Card withBorder radius="md" padding="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text size="lg" fw={600} mt={4}>
        {value}
      </Text>
    </Card>
  );
}

export function OverviewPage() {
  const { t } = useTranslation();
  const { workspace, role, can } = useCurrentWorkspace();

  return (
    <Stack maw={1100}>
      <Title order={1} size="h2">
        {workspace.name}
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 3 }}>
        <Fact label={t('workspace.country')} value={workspace.country || t('common.notSet')} />
        <Fact label={t('workspace.yourRole')} value={t(`roles.${role}.name`)} />
        <Fact label={t('workspace.memberCount')} value={formatNumber(workspace.memberCount)} />
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        {t(`roles.${role}.description`)}
      </Text>
      {can('audit:read') && (
        <Stack gap="xs">
          <Group justify="space-between" align="baseline">
            <Title order={2} size="h4">
              {t('overview.recentActivity')}
            </Title>
            <RouterAnchor to="/w/$slug/audit" params={{ slug: workspace.slug }} size="sm">
              {t('overview.openAuditLog')}
            </RouterAnchor>
          </Group>
          <RecentAuditEntries slug={workspace.slug} />
        </Stack>
      )}
    </Stack>
  );
}
