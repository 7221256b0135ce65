import { Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssessmentAggregation } from '../../../../core/assessment/aggregate';
import { useAssessLabels } from '../useAssessLabels';

/** The overall score and band, on the framework's scale, with what it rests on. */
export function ScoreSummary({ aggregation }: { aggregation: AssessmentAggregation }) {
  const { t } = useTranslation('assess');
  const labels = useAssessLabels();
  const { overall, range } = aggregation;
  const counts = [
    ['scored', overall.counts.scored],
    ['notApplicable', overall.counts.notApplicable],
    ['insufficientEvidence', overall.counts.insufficientEvidence],
    ['unanswered', overall.counts.unanswered],
  ] as const;

  return (
    <Paper withBorder radius="md" p="md" data-testid="overall-score">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            {t('results.overall')}
          </Text>
          <Group gap="sm" align="baseline">
            <Text fz={36} fw={700} lh={1}>
              {labels.score(overall.score)}
            </Text>
            <Text size="sm" c="dimmed">
              {t('results.onScale', { min: labels.score(range.min), max: labels.score(range.max) })}
            </Text>
            {overall.band && (
              <Badge size="lg" variant="light" data-testid="overall-band">
                {t('results.band', { band: overall.band })}
              </Badge>
            )}
          </Group>
          {overall.score === null && (
            <Text size="sm" c="dimmed">
              {t('results.noScore')}
            </Text>
          )}
        </Stack>
        <SimpleGrid cols={2} spacing={4}>
          {counts.map(([key, value]) => (
            <Text key={key} size="sm">
              <Text span fw={700}>
                {labels.score(value)}
              </Text>{' '}
              {t(`results.counts.${key}`)}
            </Text>
          ))}
        </SimpleGrid>
      </SimpleGrid>
    </Paper>
  );
}
