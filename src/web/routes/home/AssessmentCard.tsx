import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { showText, useWorkspaceLanguage } from '../../app/contentLanguage';
import { RouterAnchor } from '../../app/RouterLinks';
import { EmptyText, HomeCard, isolate } from './HomeCard';
import type { Overview } from './overviewApi';

type Summary = NonNullable<Overview['assessment']>;

const DIRECTION_COLOR = {
  improved: 'green.8',
  declined: 'red.8',
  unchanged: 'dimmed',
  not_comparable: 'dimmed',
};

function BaselineLine({ summary, format }: { summary: Summary; format: (value: number | null) => string }) {
  const { t } = useTranslation('home');
  const { baseline } = summary;
  if (!baseline) return <EmptyText>{t('assessment.noBaseline')}</EmptyText>;
  const values = {
    baseline: isolate(baseline.title),
    before: format(baseline.score),
    change: format(baseline.change === null ? null : Math.abs(baseline.change)),
  };
  const key = baseline.direction === 'not_comparable' ? 'notComparable' : baseline.direction;
  return (
    <Text size="sm" c={DIRECTION_COLOR[baseline.direction]} fw={500}>
      {t(`assessment.${key}`, values)}
    </Text>
  );
}

export function AssessmentCard({
  slug,
  assessment,
  canStart,
}: {
  slug: string;
  assessment: Overview['assessment'];
  canStart: boolean;
}) {
  const { t, i18n } = useTranslation('home');
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  const format = (value: number | null) => (value === null ? '—' : number.format(value));
  const workspaceLanguage = useWorkspaceLanguage();

  if (!assessment) {
    return (
      <HomeCard
        title={t('assessment.title')}
        testId="home-assessment"
        actions={
          canStart && (
            <RouterAnchor to="/w/$slug/assess" params={{ slug }} size="sm">
              {t('assessment.start')}
            </RouterAnchor>
          )
        }
      >
        <EmptyText>{t(canStart ? 'assessment.empty' : 'assessment.emptyReadOnly')}</EmptyText>
      </HomeCard>
    );
  }

  return (
    <HomeCard
      title={t('assessment.title')}
      testId="home-assessment"
      actions={
        <RouterAnchor
          to="/w/$slug/assess/$assessmentId"
          params={{ slug, assessmentId: assessment.id }}
          search={{ tab: 'results' }}
          size="sm"
        >
          {t('assessment.open')}
        </RouterAnchor>
      }
    >
      <Group gap="xs" wrap="wrap">
        <Text fw={600}>{assessment.title}</Text>
        <Badge variant="light" color="gray" tt="none">
          {t(`assess:status.${assessment.status}`)}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed">
        {showText(assessment.frameworkName, i18n.language, workspaceLanguage).text}
      </Text>
      {assessment.score === null ? (
        <EmptyText>{t('assessment.noScore')}</EmptyText>
      ) : (
        <Group gap="sm" align="baseline" wrap="wrap">
          <Text size="xl" fw={700} aria-label={t('assessment.score')}>
            {format(assessment.score)}
          </Text>
          <Text size="sm" c="dimmed">
            {t('assessment.scale', { min: format(assessment.range.min), max: format(assessment.range.max) })}
          </Text>
          {assessment.band && (
            <Badge variant="filled" tt="none">
              {t('assessment.band', { band: assessment.band })}
            </Badge>
          )}
        </Group>
      )}
      <Text size="sm">
        {t('assessment.scored', {
          scored: format(assessment.scoredCount),
          total: format(assessment.itemCount),
        })}
      </Text>
      <BaselineLine summary={assessment} format={format} />
    </HomeCard>
  );
}
