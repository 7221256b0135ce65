import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GroupResult } from '../../../../core/assessment/aggregate';
import type { Change, ChangeDirection } from '../../../../core/assessment/baseline';
import type { AssessmentResults } from '../../../api/assessmentTypes';
import { useAssessLabels } from '../useAssessLabels';

const ARROWS: Record<ChangeDirection, string> = {
  improved: '▲',
  declined: '▼',
  unchanged: '＝',
  not_comparable: '·',
};
const COLORS: Record<ChangeDirection, string> = {
  improved: 'green.8',
  declined: 'red.8',
  unchanged: 'dimmed',
  not_comparable: 'dimmed',
};

interface BaselineChangeProps {
  baseline: NonNullable<AssessmentResults['baseline']>;
  groups: GroupResult[];
  groupName: (groupId: string) => string;
}

function ChangeText({ change }: { change: Change }) {
  const { t } = useTranslation('assess');
  const labels = useAssessLabels();
  const sign = change.change !== null && change.change > 0 ? '+' : '';
  return (
    <Text size="sm" c={COLORS[change.direction]} fw={600} style={{ whiteSpace: 'nowrap' }}>
      <span aria-hidden="true">{ARROWS[change.direction]} </span>
      {change.change === null ? '' : `${sign}${labels.score(change.change)} `}
      <Text span size="xs" fw={400}>
        {t(`direction.${change.direction}`)}
      </Text>
    </Text>
  );
}

/** Where this round stands against the baseline it was compared with: overall, then by group. */
export function BaselineChange({ baseline, groups, groupName }: BaselineChangeProps) {
  const { t } = useTranslation('assess');
  const labels = useAssessLabels();
  const changes = new Map(baseline.comparison.groups.map((change) => [change.id, change]));
  const items = baseline.comparison.items;
  const count = (direction: ChangeDirection) => items.filter((item) => item.direction === direction).length;

  return (
    <Paper withBorder radius="md" p="sm" data-testid="baseline-change">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('results.changeTitle', { title: labels.isolate(baseline.title) })}
        </Title>
        <Text size="sm">
          {t('results.overallChange', {
            before: labels.score(baseline.comparison.overall.baseline),
            now: labels.score(baseline.comparison.overall.current),
          })}
        </Text>
        <ChangeText change={baseline.comparison.overall} />
        <Text size="xs" c="dimmed">
          {t('results.itemChanges', {
            improved: count('improved'),
            declined: count('declined'),
            unchanged: count('unchanged'),
          })}
        </Text>
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing={6} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('results.group')}</Table.Th>
                <Table.Th>{t('results.baselineScore')}</Table.Th>
                <Table.Th>{t('results.currentScore')}</Table.Th>
                <Table.Th>{t('results.change')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {groups.map((group) => {
                const change = changes.get(group.id);
                return (
                  <Table.Tr key={group.id} data-testid="baseline-change-row">
                    <Table.Td>
                      <Text size="sm">
                        <Text span fw={700}>
                          {group.code}{' '}
                        </Text>
                        <bdi>{groupName(group.id)}</bdi>
                      </Text>
                    </Table.Td>
                    <Table.Td>{labels.score(change?.baseline)}</Table.Td>
                    <Table.Td>{labels.score(change?.current ?? group.score)}</Table.Td>
                    <Table.Td>{change ? <ChangeText change={change} /> : '—'}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Paper>
  );
}
