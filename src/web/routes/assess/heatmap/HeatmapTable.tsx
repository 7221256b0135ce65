import { Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Heatmap } from '../../../api/assessmentTypes';
import { RouterAnchor } from '../../../app/RouterLinks';
import { StatusBadge } from '../AssessBadges';
import { useAssessLabels } from '../useAssessLabels';

/** The heat map's figures as a table: the same data for screen readers and for copying. */
export function HeatmapTable({ slug, heatmap }: { slug: string; heatmap: Heatmap }) {
  const { t } = useTranslation('assess');
  const labels = useAssessLabels();
  return (
    <Table.ScrollContainer minWidth={420 + heatmap.groups.length * 56}>
      <Table verticalSpacing={4} striped data-testid="heatmap-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('heatmap.actor')}</Table.Th>
            {heatmap.groups.map((group) => (
              <Table.Th key={group.id} title={labels.text(group.name)}>
                {group.code}
              </Table.Th>
            ))}
            <Table.Th>{t('heatmap.overall')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {heatmap.rows.map((row) => (
            <Table.Tr key={row.actor.id} data-testid="heatmap-row">
              <Table.Td>
                <Text size="sm" fw={600}>
                  <bdi>{row.actor.name}</bdi>
                </Text>
                <Group gap={4} wrap="nowrap">
                  <RouterAnchor
                    to="/w/$slug/assess/$assessmentId"
                    params={{ slug, assessmentId: row.assessment.id }}
                    search={{ tab: 'results' }}
                    size="xs"
                  >
                    <bdi>{row.assessment.title}</bdi>
                  </RouterAnchor>
                  <StatusBadge status={row.assessment.status} />
                </Group>
              </Table.Td>
              {heatmap.groups.map((group) => (
                <Table.Td key={group.id}>{labels.score(row.scores[group.id])}</Table.Td>
              ))}
              <Table.Td fw={600}>{labels.score(row.overall)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
