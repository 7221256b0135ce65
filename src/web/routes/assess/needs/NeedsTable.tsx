import { Badge, Button, Select, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Need, NeedInput } from '../../../api/assessmentTypes';
import { RouterAnchor } from '../../../app/RouterLinks';
import { useAssessLabels } from '../useAssessLabels';
import { LEVEL_OPTIONS } from './NewNeedForm';

interface NeedsTableProps {
  slug: string;
  needs: Need[];
  actorNames: Map<string, string>;
  assessmentTitles: Map<string, string>;
  canEdit: boolean;
  busyId: string | null;
  onChange: (need: Need, patch: Partial<NeedInput>) => void;
  onDelete: (need: Need) => void;
}

const priorityColor = (priority: number) => (priority >= 16 ? 'red' : priority >= 9 ? 'orange' : 'gray');

/** Needs, highest priority (severity × importance) first; severity, importance and status edit in place. */
export function NeedsTable(props: NeedsTableProps) {
  const { slug, needs, actorNames, assessmentTitles, canEdit, busyId, onChange, onDelete } = props;
  const { t } = useTranslation('assess');
  const labels = useAssessLabels();
  const sorted = [...needs].sort((a, b) => b.priority - a.priority || a.title.localeCompare(b.title));

  const levelCell = (need: Need, field: 'severity' | 'importance') =>
    canEdit ? (
      <Select
        aria-label={t(`needs.${field}Of`, { title: need.title })}
        data={LEVEL_OPTIONS}
        value={String(need[field])}
        onChange={(value) => value && onChange(need, { [field]: Number(value) })}
        disabled={busyId === need.id}
        allowDeselect={false}
        w={72}
        size="xs"
      />
    ) : (
      <Text size="sm">{need[field]}</Text>
    );

  return (
    <Table.ScrollContainer minWidth={canEdit ? 900 : 720}>
      <Table verticalSpacing="xs" striped data-testid="needs-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('needs.needTitle')}</Table.Th>
            <Table.Th>{t('needs.severity')}</Table.Th>
            <Table.Th>{t('needs.importance')}</Table.Th>
            <Table.Th>{t('needs.priority')}</Table.Th>
            <Table.Th>{t('needs.status')}</Table.Th>
            {canEdit && <Table.Th>{t('common.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((need) => (
            <Table.Tr key={need.id} data-testid="need-row">
              <Table.Td maw={420}>
                <Text size="sm" fw={600}>
                  <bdi>{need.title}</bdi>
                </Text>
                {need.description && (
                  <Text size="xs" c="dimmed" lineClamp={3}>
                    {need.description}
                  </Text>
                )}
                {need.actorId && <Text size="xs">{actorNames.get(need.actorId) ?? ''}</Text>}
                {need.assessmentId && (
                  <RouterAnchor
                    to="/w/$slug/assess/$assessmentId"
                    params={{ slug, assessmentId: need.assessmentId }}
                    search={{ tab: 'results' }}
                    size="xs"
                  >
                    {t('needs.fromAssessment', {
                      title: labels.isolate(assessmentTitles.get(need.assessmentId) ?? ''),
                    })}
                  </RouterAnchor>
                )}
              </Table.Td>
              <Table.Td>{levelCell(need, 'severity')}</Table.Td>
              <Table.Td>{levelCell(need, 'importance')}</Table.Td>
              <Table.Td>
                <Badge color={priorityColor(need.priority)} variant="light" size="lg">
                  {need.priority}
                </Badge>
              </Table.Td>
              <Table.Td>
                {canEdit ? (
                  <Select
                    aria-label={t('needs.statusOf', { title: need.title })}
                    data={labels.needStatusOptions()}
                    value={need.status}
                    onChange={(value) => value && onChange(need, { status: value as Need['status'] })}
                    disabled={busyId === need.id}
                    allowDeselect={false}
                    w={130}
                    size="xs"
                  />
                ) : (
                  <Text size="sm">{labels.needStatus(need.status)}</Text>
                )}
              </Table.Td>
              {canEdit && (
                <Table.Td>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    onClick={() => onDelete(need)}
                    aria-label={t('needs.deleteNamed', { title: need.title })}
                  >
                    {t('common.delete')}
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
