import { Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format';
import { RouterAnchor } from '../../app/RouterLinks';
import { ErrorAlert, PageLoader } from '../../app/status';
import { RecentAuditEntries } from '../audit/RecentAuditEntries';
import { AssessmentCard } from '../home/AssessmentCard';
import { CompactsCard } from '../home/CompactsCard';
import { overviewQuery } from '../home/overviewApi';
import { PlanProgressCard } from '../home/PlanProgressCard';
import { RisksCard } from '../home/RisksCard';
import { SectorMapCard } from '../home/SectorMapCard';
import { TasksCard } from '../home/TasksCard';
import { useCurrentWorkspace } from './workspaceContext';

/** The workspace home: the programme at a glance, and what the reader has to do. */
export function OverviewPage() {
  const { t } = useTranslation();
  const { t: th } = useTranslation('home');
  const { workspace, role, can } = useCurrentWorkspace();
  const overview = useQuery(overviewQuery(workspace.slug));
  const slug = workspace.slug;

  return (
    <Stack maw={1100}>
      <Stack gap={2}>
        <Title order={1} size="h2">
          {workspace.name}
        </Title>
        <Text size="sm" c="dimmed">
          {[
            workspace.country,
            th('roleLine', { role: t(`roles.${role}.name`) }),
            `${t('workspace.memberCount')}: ${formatNumber(workspace.memberCount)}`,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      </Stack>
      {overview.isPending && <PageLoader />}
      {overview.isError && <ErrorAlert error={overview.error} />}
      {overview.data && (
        <>
          <TasksCard slug={slug} tasks={overview.data.tasks} />
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <SectorMapCard
              slug={slug}
              sectorMap={overview.data.sectorMap}
              canEdit={can('sector-map:write')}
            />
            <AssessmentCard
              slug={slug}
              assessment={overview.data.assessment}
              canStart={can('assessment:manage')}
            />
            <PlanProgressCard slug={slug} plan={overview.data.plan} canCreate={can('plan:write')} />
            <RisksCard slug={slug} risks={overview.data.risks} planId={overview.data.plan?.id ?? null} />
            <CompactsCard slug={slug} compacts={overview.data.compacts} />
          </SimpleGrid>
        </>
      )}
      {can('audit:read') && (
        <Stack gap="xs">
          <Group justify="space-between" align="baseline">
            <Title order={2} size="h4">
              {t('overview.recentActivity')}
            </Title>
            <RouterAnchor to="/w/$slug/audit" params={{ slug }} size="sm">
              {t('overview.openAuditLog')}
            </RouterAnchor>
          </Group>
          <RecentAuditEntries slug={slug} />
        </Stack>
      )}
    </Stack>
  );
}
