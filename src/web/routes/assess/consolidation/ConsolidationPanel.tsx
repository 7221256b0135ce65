import { Alert, Badge, Group, Stack, Switch, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listItems } from '../../../../core/frameworks/structure';
import type { AssessmentDetail } from '../../../api/assessmentTypes';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { useResultsQuery } from '../assessQueries';
import { useAnswerText } from '../scoring/answerText';
import { useAssessLabels } from '../useAssessLabels';

/** Every assessor's answers side by side, with the items where they diverge highlighted. */
export function ConsolidationPanel({ slug, detail }: { slug: string; detail: AssessmentDetail }) {
  const { t } = useTranslation('assess');
  const labels = useAssessLabels();
  const answerText = useAnswerText(detail.framework);
  const results = useResultsQuery(slug, detail.assessment.id);
  const [onlyDisagreements, setOnlyDisagreements] = useState(false);
  const items = useMemo(
    () => new Map(listItems(detail.framework).map(({ item }) => [item.id, item])),
    [detail.framework],
  );
  const names = new Map(detail.team.map((member) => [member.userId, member.name]));

  if (results.isPending) return <PageLoader />;
  if (results.isError) return <ErrorAlert error={results.error} />;
  const { assessors, items: rows, disagreements } = results.data.consolidation;
  if (assessors.length === 0) return <Text c="dimmed">{t('consolidation.noAnswers')}</Text>;
  const shown = onlyDisagreements
    ? rows.filter((row) => row.disagreement || row.applicabilityConflict)
    : rows;

  return (
    <Stack gap="sm">
      <Alert color={disagreements.length > 0 ? 'red' : 'green'} data-testid="consolidation-summary">
        {t('consolidation.summary', { count: disagreements.length, assessors: assessors.length })}
      </Alert>
      <Switch
        label={t('consolidation.onlyDisagreements')}
        checked={onlyDisagreements}
        onChange={(event) => setOnlyDisagreements(event.currentTarget.checked)}
      />
      <Table.ScrollContainer minWidth={360 + assessors.length * 140}>
        <Table verticalSpacing="xs" data-testid="consolidation-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('consolidation.item')}</Table.Th>
              {assessors.map((assessorId) => (
                <Table.Th key={assessorId}>
                  <bdi>{names.get(assessorId) ?? t('scoring.formerMember')}</bdi>
                </Table.Th>
              ))}
              <Table.Th>{t('consolidation.spread')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((row) => {
              const item = items.get(row.itemId);
              const flagged = row.disagreement || row.applicabilityConflict;
              return (
                <Table.Tr
                  key={row.itemId}
                  bg={flagged ? 'var(--mantine-color-red-0)' : undefined}
                  data-testid={flagged ? 'disagreement-row' : 'consolidation-row'}
                >
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {row.code}
                    </Text>
                    <Text size="xs" lineClamp={2}>
                      <bdi>{item ? labels.text(item.text) : ''}</bdi>
                    </Text>
                  </Table.Td>
                  {assessors.map((assessorId) => (
                    <Table.Td key={assessorId}>
                      <Text size="sm">
                        <bdi>{item ? answerText(item, row.answers[assessorId]) : '—'}</bdi>
                      </Text>
                    </Table.Td>
                  ))}
                  <Table.Td>
                    <Group gap={4}>
                      <Text size="sm">{row.spreadSteps === null ? '—' : labels.score(row.spreadSteps)}</Text>
                      {row.disagreement && (
                        <Badge color="red" size="sm">
                          {t('consolidation.disagreement')}
                        </Badge>
                      )}
                      {row.applicabilityConflict && (
                        <Badge color="orange" size="sm">
                          {t('consolidation.applicability')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
