import { Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '../../../api/plans';
import { formatNumber } from '../../../app/format';
import { RouterAnchor } from '../../../app/RouterLinks';
import { STICKY_FIRST_CELL, WIDE_TABLE_SCROLL } from '../../../app/wideLayout';
import { PlanStatusBadge, ScenarioBadge } from '../PlanBadges';
import { formatFinish, formatMonth } from '../planFormat';

/** Base plans in their order, each followed by its scenarios (a scenario whose base is gone stands alone). */
export function groupScenarios(plans: PlanSummary[]): { plan: PlanSummary; scenario: boolean }[] {
  const ids = new Set(plans.map((plan) => plan.id));
  const rows: { plan: PlanSummary; scenario: boolean }[] = [];
  for (const plan of plans) {
    if (plan.scenarioOf && ids.has(plan.scenarioOf)) continue;
    rows.push({ plan, scenario: plan.scenarioOf !== null });
    for (const scenario of plans.filter((candidate) => candidate.scenarioOf === plan.id))
      rows.push({ plan: scenario, scenario: true });
  }
  return rows;
}

export function PlanTable({ slug, plans }: { slug: string; plans: PlanSummary[] }) {
  const { t } = useTranslation('plan');
  return (
    <Table.ScrollContainer minWidth={720} {...WIDE_TABLE_SCROLL}>
      <Table data-testid="plan-list" striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th style={STICKY_FIRST_CELL}>{t('list.name')}</Table.Th>
            <Table.Th>{t('list.status')}</Table.Th>
            <Table.Th>{t('list.activities')}</Table.Th>
            <Table.Th>{t('list.start')}</Table.Th>
            <Table.Th>{t('list.finish')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groupScenarios(plans).map(({ plan, scenario }) => (
            <Table.Tr key={plan.id} data-testid={scenario ? 'plan-row-scenario' : 'plan-row'}>
              <Table.Td ps={scenario ? 'xl' : undefined} style={STICKY_FIRST_CELL}>
                <Group gap="xs" wrap="nowrap">
                  {scenario && <ScenarioBadge />}
                  <RouterAnchor
                    to="/w/$slug/plan/$planId"
                    params={{ slug, planId: plan.id }}
                    search={{}}
                    size="sm"
                    fw={600}
                  >
                    <bdi>{plan.name}</bdi>
                  </RouterAnchor>
                </Group>
              </Table.Td>
              <Table.Td>
                <PlanStatusBadge status={plan.status} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatNumber(plan.activityCount)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {formatMonth(plan.startMonth, 0)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {formatFinish(plan.startMonth, plan.finishMonth) ?? t('list.unscheduled')}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('months', { count: plan.finishMonth })}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
