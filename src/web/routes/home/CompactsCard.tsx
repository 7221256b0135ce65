import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../app/format';
import { RouterAnchor } from '../../app/RouterLinks';
import { EmptyText, HomeCard } from './HomeCard';
import type { Overview } from './overviewApi';

/** Compact commitments past their due date and not met: who owes what, and how late. */
export function CompactsCard({ slug, compacts }: { slug: string; compacts: Overview['compacts'] }) {
  const { t } = useTranslation('home');
  return (
    <HomeCard
      title={t('compacts.title')}
      testId="home-compacts"
      actions={
        <RouterAnchor to="/w/$slug/coordinate/compacts" params={{ slug }} size="sm">
          {t('compacts.open')}
        </RouterAnchor>
      }
    >
      {compacts.overdueCount === 0 ? (
        <EmptyText>{t('compacts.none')}</EmptyText>
      ) : (
        <>
          <Text size="sm">{t('compacts.count', { number: formatNumber(compacts.overdueCount) })}</Text>
          <Stack gap="xs">
            {compacts.top.map((commitment) => (
              <Stack key={commitment.id} gap={2}>
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <Badge color="red" variant="light" tt="none" style={{ flexShrink: 0 }}>
                    {t('compacts.late', { count: commitment.daysOverdue })}
                  </Badge>
                  <Text size="sm" fw={600}>
                    {commitment.commitment}
                  </Text>
                </Group>
                <Text size="xs" c="dimmed">
                  {t('compacts.due', {
                    date: formatDate(`${commitment.dueDate}T12:00:00Z`),
                    compact: commitment.mechanismName,
                  })}
                </Text>
              </Stack>
            ))}
          </Stack>
        </>
      )}
    </HomeCard>
  );
}
