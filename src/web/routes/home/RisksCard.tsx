import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format';
import { RouterAnchor } from '../../app/RouterLinks';
import { EmptyText, HomeCard } from './HomeCard';
import type { Overview } from './overviewApi';

export function RisksCard({
  slug,
  risks,
  planId,
}: {
  slug: string;
  risks: Overview['risks'];
  /** The plan whose register the link opens; without a plan there is no register yet. */
  planId: string | null;
}) {
  const { t } = useTranslation('home');
  return (
    <HomeCard
      title={t('risks.title')}
      testId="home-risks"
      actions={
        planId && (
          <RouterAnchor
            to="/w/$slug/plan/$planId"
            params={{ slug, planId }}
            search={{ tab: 'risks' }}
            size="sm"
          >
            {t('risks.open')}
          </RouterAnchor>
        )
      }
    >
      {risks.openHighCount === 0 ? (
        <EmptyText>{t(planId ? 'risks.none' : 'risks.noPlan')}</EmptyText>
      ) : (
        <>
          <Text size="sm">{t('risks.count', { number: formatNumber(risks.openHighCount) })}</Text>
          <Stack gap="xs">
            {risks.top.map((risk) => (
              <Stack key={risk.id} gap={2}>
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <Badge
                    color={risk.rating === 'critical' ? 'red' : 'orange'}
                    variant="filled"
                    tt="none"
                    style={{ flexShrink: 0 }}
                  >
                    {t(`risks.rating.${risk.rating}`)}
                  </Badge>
                  <RouterAnchor
                    to="/w/$slug/plan/$planId"
                    params={{ slug, planId: risk.planId }}
                    search={{ tab: 'risks' }}
                    size="sm"
                    fw={600}
                  >
                    {risk.title}
                  </RouterAnchor>
                </Group>
                <Text size="xs" c="dimmed">
                  {t('risks.score', {
                    likelihood: formatNumber(risk.likelihood),
                    impact: formatNumber(risk.impact),
                    score: formatNumber(risk.score),
                  })}
                  {' · '}
                  {t(`risks.status.${risk.status}`)}
                  {risk.planId !== planId && ` · ${t('risks.inPlan', { plan: risk.planName })}`}
                </Text>
              </Stack>
            ))}
          </Stack>
        </>
      )}
    </HomeCard>
  );
}
