import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GroupResult } from '../../../../core/assessment/aggregate';
import { PefaDerivedMark, PefaDerivedNote } from '../frameworks/PefaDerivedRule';
import { useAssessLabels } from '../useAssessLabels';

interface GroupScoresTableProps {
  groups: GroupResult[];
  groupName: (groupId: string) => string;
}

const answeredOf = (group: GroupResult) =>
  group.counts.scored + group.counts.notApplicable + group.counts.insufficientEvidence;
const totalOf = (group: GroupResult) => answeredOf(group) + group.counts.unanswered;

/** The figures behind the charts, one row per group (sub-groups indented under their parent). */
export function GroupScoresTable({ groups, groupName }: GroupScoresTableProps) {
  const { t } = useTranslation('assess');
  const labels = useAssessLabels();
  const rows = groups.flatMap((group) => [
    { group, depth: 0 },
    ...group.groups.map((child) => ({ group: child, depth: 1 })),
  ]);

  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing={6} striped data-testid="group-scores">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('results.group')}</Table.Th>
              <Table.Th>{t('results.dimension')}</Table.Th>
              <Table.Th>{t('results.score')}</Table.Th>
              <Table.Th>{t('results.bandColumn')}</Table.Th>
              <Table.Th>{t('results.answered')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ group, depth }) => (
              <Table.Tr key={group.id}>
                <Table.Td ps={depth ? 'xl' : undefined}>
                  <Text size="sm">
                    <Text span fw={700}>
                      {group.code}{' '}
                    </Text>
                    <bdi>{groupName(group.id)}</bdi>
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{group.dimension ? labels.dimension(group.dimension) : '—'}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {labels.score(group.score)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {group.band ?? '—'}
                    {group.derivedRule && <PefaDerivedMark />}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {t('results.answeredOf', { done: answeredOf(group), total: totalOf(group) })}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {rows.some(({ group }) => group.derivedRule) && <PefaDerivedNote />}
    </Stack>
  );
}
