import { Badge, Group, List, Progress, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format';
import { RouterAnchor } from '../../app/RouterLinks';
import { EmptyText, Figure, formatYearMonth, HomeCard } from './HomeCard';
import type { Overview } from './overviewApi';

type Summary = NonNullable<Overview['plan']>;
type Counts = Summary['progress'];

const SEGMENTS: { key: keyof Counts; color: string }[] = [
  { key: 'done', color: 'teal.7' },
  { key: 'onTrack', color: 'green.6' },
  { key: 'atRisk', color: 'yellow.6' },
  { key: 'delayed', color: 'red.7' },
  { key: 'notBaselined', color: 'gray.4' },
];

function ProgressBar({ counts, total }: { counts: Counts; total: number }) {
  const { t } = useTranslation('home');
  return (
    <Progress.Root size="lg" aria-hidden>
      {SEGMENTS.filter(({ key }) => counts[key] > 0).map(({ key, color }) => (
        <Tooltip key={key} label={`${t(`plan.${key}`)}: ${formatNumber(counts[key])}`}>
          <Progress.Section value={(100 * counts[key]) / total} color={color} />
        </Tooltip>
      ))}
    </Progress.Root>
  );
}

export function PlanProgressCard({
  slug,
  plan,
  canCreate,
}: {
  slug: string;
  plan: Overview['plan'];
  canCreate: boolean;
}) {
  const { t, i18n } = useTranslation('home');

  if (!plan) {
    return (
      <HomeCard
        title={t('plan.title')}
        testId="home-plan"
        actions={
          canCreate && (
            <RouterAnchor to="/w/$slug/plan" params={{ slug }} size="sm">
              {t('plan.create')}
            </RouterAnchor>
          )
        }
      >
        <EmptyText>{t(canCreate ? 'plan.empty' : 'plan.emptyReadOnly')}</EmptyText>
      </HomeCard>
    );
  }

  const { progress } = plan;
  return (
    <HomeCard
      title={t('plan.title')}
      testId="home-plan"
      actions={
        <RouterAnchor
          to="/w/$slug/plan/$planId"
          params={{ slug, planId: plan.id }}
          search={{ tab: 'tracking' }}
          size="sm"
        >
          {t('plan.open')}
        </RouterAnchor>
      }
    >
      <Group gap="xs" wrap="wrap">
        <Text fw={600}>{plan.name}</Text>
        <Badge variant="light" color={plan.status === 'approved' ? 'green' : 'gray'} tt="none">
          {t(`plan.status.${plan.status}`)}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed">
        {t('plan.asOf', { month: formatYearMonth(plan.statusDate, i18n.language) })}
      </Text>
      {plan.activityCount === 0 ? (
        <EmptyText>{t('plan.noActivities')}</EmptyText>
      ) : (
        <>
          <Group gap="lg" wrap="wrap">
            <Figure label={t('plan.onTrack')} value={formatNumber(progress.onTrack)} color="green.8" />
            <Figure label={t('plan.atRisk')} value={formatNumber(progress.atRisk)} color="yellow.9" />
            <Figure label={t('plan.delayed')} value={formatNumber(progress.delayed)} color="red.8" />
            <Figure label={t('plan.done')} value={formatNumber(progress.done)} />
            {progress.notBaselined > 0 && (
              <Figure
                label={t('plan.notBaselined')}
                value={formatNumber(progress.notBaselined)}
                color="dimmed"
              />
            )}
          </Group>
          <ProgressBar counts={progress} total={plan.activityCount} />
          {progress.notBaselined > 0 && <EmptyText>{t('plan.notBaselinedHint')}</EmptyText>}
        </>
      )}
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {t('plan.milestones')}
        </Text>
        {plan.nextMilestones.length === 0 ? (
          <EmptyText>{t('plan.noMilestones')}</EmptyText>
        ) : (
          <List size="sm" spacing={2}>
            {plan.nextMilestones.map((milestone) => (
              <List.Item key={milestone.itemId}>
                <Text span size="sm" fw={700}>
                  {formatYearMonth(milestone.month, i18n.language)}
                </Text>
                {' · '}
                <Text span size="sm">
                  <bdi>
                    {milestone.code} {milestone.name}
                  </bdi>
                </Text>{' '}
                {milestone.overdue && (
                  <Badge size="xs" color="red" variant="light" tt="none">
                    {t('plan.overdue')}
                  </Badge>
                )}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </HomeCard>
  );
}
