import { Badge, Button, Card, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../app/format';
import { RouterAnchor } from '../../../app/RouterLinks';
import type { ReviewFlag } from './reviewQueries';
import { formatFigure, StatusBadge } from './StatusBadge';

const DECISION_COLORS = { adjust: 'blue', continue: 'teal', drop: 'gray' } as const;

/** One review flag: where and when the indicator went off track, the items up for review, the decision. */
export function FlagCard({
  slug,
  flag,
  canDecide,
  canOpenScenario,
  onDecide,
  onScenario,
  showIndicator = true,
}: {
  slug: string;
  flag: ReviewFlag;
  canDecide: boolean;
  canOpenScenario: boolean;
  onDecide: (flag: ReviewFlag) => void;
  onScenario: (flag: ReviewFlag) => void;
  showIndicator?: boolean;
}) {
  const { t, i18n } = useTranslation(['monitoringReview']);
  const figure = (value: number | null) => formatFigure(value, i18n.language);
  return (
    <Card withBorder padding="sm" component="article">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Stack gap={2} style={{ minWidth: 0, flex: '1 1 16rem' }}>
            {showIndicator && (
              <RouterAnchor
                to="/w/$slug/monitor/indicators/$indicatorId"
                params={{ slug, indicatorId: flag.indicatorId }}
                fw={600}
              >
                {flag.indicatorCode} — {flag.indicatorName}
              </RouterAnchor>
            )}
            <Text size="sm">{t('review.place', { orgUnit: flag.orgUnitName, period: flag.period })}</Text>
            <Text size="sm" c="dimmed">
              {t('review.actualVsExpected', { actual: figure(flag.actual), expected: figure(flag.expected) })}
              {' · '}
              {t('review.raisedOn', { date: formatDate(flag.raisedAt) })}
            </Text>
          </Stack>
          <Group gap={6}>
            <StatusBadge status={flag.status} />
            {flag.decision && (
              <Badge color={DECISION_COLORS[flag.decision]} variant="filled">
                {t(`decision.${flag.decision}`)}
              </Badge>
            )}
          </Group>
        </Group>
        <div>
          <Text size="sm" fw={500}>
            {t('review.items')}
          </Text>
          {flag.items.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('review.noItems')}
            </Text>
          ) : (
            <List size="sm" spacing={2}>
              {flag.items.map((item) => (
                <List.Item key={item.id}>
                  <RouterAnchor to="/w/$slug/plan/$planId" params={{ slug, planId: item.planId }} size="sm">
                    {item.code} {item.name}
                  </RouterAnchor>{' '}
                  <Text span size="xs" c="dimmed">
                    ({item.planName})
                  </Text>
                </List.Item>
              ))}
            </List>
          )}
        </div>
        {flag.decision && (
          <Stack gap={2}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {flag.reason}
            </Text>
            {flag.decidedAt && (
              <Text size="xs" c="dimmed">
                {t('review.decidedBy', { who: flag.decidedBy ?? '—', date: formatDate(flag.decidedAt) })}
              </Text>
            )}
          </Stack>
        )}
        {flag.scenario && (
          <RouterAnchor to="/w/$slug/plan/$planId" params={{ slug, planId: flag.scenario.id }} size="sm">
            {t('review.scenarioLink', { name: flag.scenario.name })}
          </RouterAnchor>
        )}
        {(canDecide || canOpenScenario) && (!flag.decision || (!flag.scenario && flag.items.length > 0)) && (
          <Group gap="xs">
            {canDecide && !flag.decision && (
              <Button size="xs" onClick={() => onDecide(flag)}>
                {t('review.record')}
              </Button>
            )}
            {canOpenScenario && !flag.scenario && flag.items.length > 0 && (
              <Button size="xs" variant="light" onClick={() => onScenario(flag)}>
                {t('review.scenario')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
