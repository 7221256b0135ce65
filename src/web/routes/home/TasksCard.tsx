import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format';
import { RouterAnchor } from '../../app/RouterLinks';
import { EmptyText, HomeCard, isolate } from './HomeCard';
import type { OverviewTask } from './overviewApi';

/** Where each task is done: the assessment tab for the step (the header holds the workflow buttons), or the plan's tracking tab, which holds Approve. */
const ASSESSMENT_TAB = { score: 'scoring', submit: 'scoring', review: 'review', validate: 'review' } as const;

function TaskLink({ slug, task }: { slug: string; task: OverviewTask }) {
  const { t } = useTranslation('home');
  const label = t(`tasks.${task.kind}`, { title: isolate(task.title) });
  if (task.subject === 'flag') {
    return (
      <RouterAnchor to="/w/$slug/monitor/review" params={{ slug }} size="sm" fw={600}>
        {label}
      </RouterAnchor>
    );
  }
  if (task.subject === 'plan') {
    return (
      <RouterAnchor
        to="/w/$slug/plan/$planId"
        params={{ slug, planId: task.subjectId }}
        search={{ tab: 'tracking' }}
        size="sm"
        fw={600}
      >
        {label}
      </RouterAnchor>
    );
  }
  const tab =
    task.kind === 'approve_plan' || task.kind === 'review_flag' ? 'scoring' : ASSESSMENT_TAB[task.kind];
  return (
    <RouterAnchor
      to="/w/$slug/assess/$assessmentId"
      params={{ slug, assessmentId: task.subjectId }}
      search={{ tab }}
      size="sm"
      fw={600}
    >
      {label}
    </RouterAnchor>
  );
}

export function TasksCard({ slug, tasks }: { slug: string; tasks: OverviewTask[] }) {
  const { t } = useTranslation('home');
  return (
    <HomeCard title={t('tasks.title')} testId="home-tasks">
      {tasks.length === 0 ? (
        <EmptyText>{t('tasks.none')}</EmptyText>
      ) : (
        <Stack gap="xs">
          {tasks.map((task) => (
            <Group key={`${task.kind}-${task.subjectId}`} gap="xs" wrap="nowrap" align="flex-start">
              <Badge variant="light" tt="none" style={{ flexShrink: 0 }}>
                {t(`tasks.kind.${task.kind}`)}
              </Badge>
              <Stack gap={0} miw={0}>
                <TaskLink slug={slug} task={task} />
                {task.remaining !== null && (
                  <Text size="xs" c="dimmed">
                    {t('tasks.scoreLeft', { number: formatNumber(task.remaining) })}
                  </Text>
                )}
              </Stack>
            </Group>
          ))}
        </Stack>
      )}
    </HomeCard>
  );
}
