import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../api/assessmentTypes';
import { formatDate, formatList } from '../../../app/format';
import { RouterAnchor } from '../../../app/RouterLinks';
import { BaselineBadge, StatusBadge } from '../AssessBadges';
import { useAssessLabels } from '../useAssessLabels';

interface AssessmentTableProps {
  slug: string;
  assessments: Assessment[];
  actorNames: Map<string, string>;
}

export function AssessmentTable({ slug, assessments, actorNames }: AssessmentTableProps) {
  const { t } = useTranslation('assess');
  const labels = useAssessLabels();
  const scopeOf = (assessment: Assessment) => {
    if (assessment.scope === 'sector') return labels.scope('sector');
    const names = assessment.scopeActorIds.map((id) => actorNames.get(id) ?? id);
    return names.length > 3 ? t('list.actorCount', { count: names.length }) : formatList(names);
  };

  return (
    <Table.ScrollContainer minWidth={940}>
      <Table data-testid="assessment-list" striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('list.title')}</Table.Th>
            <Table.Th>{t('list.framework')}</Table.Th>
            <Table.Th>{t('list.scope')}</Table.Th>
            <Table.Th>{t('list.leadSide')}</Table.Th>
            <Table.Th>{t('list.status')}</Table.Th>
            <Table.Th>{t('list.baseline')}</Table.Th>
            <Table.Th>{t('list.updated')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {assessments.map((assessment) => (
            <Table.Tr key={assessment.id} data-testid="assessment-row">
              <Table.Td>
                <RouterAnchor
                  to="/w/$slug/assess/$assessmentId"
                  params={{ slug, assessmentId: assessment.id }}
                  search={{}}
                  size="sm"
                  fw={600}
                >
                  <bdi>{assessment.title}</bdi>
                </RouterAnchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  <bdi>{labels.text(assessment.framework.name)}</bdi>
                </Text>
                <Text size="xs" c="dimmed">
                  {t('list.items', { count: assessment.framework.items })}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{scopeOf(assessment)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{labels.side(assessment.leadSide)}</Text>
              </Table.Td>
              <Table.Td>
                <StatusBadge status={assessment.status} />
              </Table.Td>
              <Table.Td>{assessment.isBaseline ? <BaselineBadge /> : null}</Table.Td>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {formatDate(assessment.updatedAt)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
