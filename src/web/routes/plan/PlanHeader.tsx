import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanDetail, PlanSummary } from '../../api/plans';
import { RouterAnchor } from '../../app/RouterLinks';
import { PlanStatusBadge, ScenarioBadge } from './PlanBadges';
import { PlanSettings } from './PlanSettings';
import { formatFinish, formatMonth } from './planFormat';
import { StatusDateControl } from './StatusDateControl';

/** The plan's name and standing: status, the plan it is a scenario of, when it ends against the best possible, violations. */
export function PlanHeader({
  slug,
  detail,
  plans,
}: {
  slug: string;
  detail: PlanDetail;
  plans: PlanSummary[] | undefined;
}) {
  const { t } = useTranslation('plan');
  const { plan, analysis } = detail;
  const base = plan.scenarioOf ? plans?.find((candidate) => candidate.id === plan.scenarioOf) : undefined;
  const finish = formatFinish(plan.startMonth, analysis.finishMonth);
  const violations = analysis.violations.length;
  // the server checks a schedule only once every activity has a start: until then, say what is missing
  const notScheduled = detail.items.filter(
    (item) => item.kind === 'activity' && item.startMonth === null,
  ).length;

  return (
    <Stack gap={6}>
      <RouterAnchor to="/w/$slug/plan" params={{ slug }} size="sm">
        {t('page.back')}
      </RouterAnchor>
      <Group gap="sm" align="center">
        <Title order={1} size="h2">
          <bdi>{plan.name}</bdi>
        </Title>
        <PlanStatusBadge status={plan.status} />
        {plan.scenarioOf && <ScenarioBadge />}
        <PlanSettings key={plan.id} plan={plan} />
      </Group>
      {plan.scenarioOf && (
        <Text size="sm">
          {t('page.scenarioOf')}{' '}
          <RouterAnchor
            to="/w/$slug/plan/$planId"
            params={{ slug, planId: plan.scenarioOf }}
            search={{}}
            size="sm"
            data-testid="plan-scenario-of"
          >
            <bdi>{base?.name ?? t('page.basePlan')}</bdi>
          </RouterAnchor>
          {plan.scenarioNote ? (
            <Text span size="sm" c="dimmed">
              {' — '}
              <bdi>{plan.scenarioNote}</bdi>
            </Text>
          ) : null}
        </Text>
      )}
      <Group gap="lg" wrap="wrap">
        <Text size="sm">
          {t('page.starts')} <strong>{formatMonth(plan.startMonth, 0)}</strong>
        </Text>
        <Text size="sm">
          {t('page.ends')}{' '}
          <strong data-testid="plan-finish" data-month={analysis.finishMonth}>
            {finish ?? t('page.unscheduled')}
          </strong>{' '}
          <Text span size="sm" c="dimmed">
            ({t('months', { count: analysis.finishMonth })})
          </Text>
        </Text>
        {analysis.lowerBound !== null && (
          <Text size="sm" data-testid="plan-lower-bound" title={t('optimise.lowerBoundHint')}>
            {t('page.lowerBound', {
              finish: formatFinish(plan.startMonth, analysis.lowerBound) ?? '—',
              months: t('months', { count: analysis.lowerBound }),
            })}
          </Text>
        )}
        {notScheduled > 0 ? (
          <Badge variant="light" color="orange" data-testid="plan-not-scheduled">
            {t('page.notScheduled', { count: notScheduled })}
          </Badge>
        ) : (
          <Badge variant="light" color={violations > 0 ? 'red' : 'green'} data-testid="plan-violation-count">
            {t('page.violations', { count: violations })}
          </Badge>
        )}
      </Group>
      <StatusDateControl plan={plan} />
    </Stack>
  );
}
