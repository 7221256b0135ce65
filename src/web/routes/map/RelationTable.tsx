import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RelationStatus } from '../../../core/sector-map/relations';
import type { Relation } from '../../api/sectorMap';
import { useSectorLabels } from './useSectorLabels';

const STATUS_COLORS: Record<RelationStatus, string> = {
  active: 'green',
  weak: 'orange',
  planned: 'blue',
  suspended: 'gray',
};

export function StatusBadge({ status }: { status: RelationStatus }) {
  const labels = useSectorLabels();
  return (
    <Badge variant="light" color={STATUS_COLORS[status]}>
      {labels.status(status)}
    </Badge>
  );
}

interface RelationTableProps {
  relations: Relation[];
  canWrite: boolean;
  onEdit: (relation: Relation) => void;
  onDelete: (relation: Relation) => void;
}

export function RelationTable({ relations, canWrite, onEdit, onDelete }: RelationTableProps) {
  const { t } = useTranslation();
  const labels = useSectorLabels();
  return (
    <Table.ScrollContainer minWidth={canWrite ? 880 : 740}>
      <Table data-testid="relation-table" striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('map.relation.source')}</Table.Th>
            <Table.Th>{t('map.relation.type')}</Table.Th>
            <Table.Th>{t('map.relation.target')}</Table.Th>
            <Table.Th>{t('map.relation.status')}</Table.Th>
            <Table.Th>{t('map.relation.evidence')}</Table.Th>
            {canWrite && <Table.Th>{t('common.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {relations.map((relation) => {
            const names = {
              source: labels.actorName(relation.source),
              target: labels.actorName(relation.target),
            };
            return (
              <Table.Tr key={relation.id} data-testid="relation-row">
                <Table.Td>{names.source}</Table.Td>
                <Table.Td>
                  <Text size="sm">{labels.relationType(relation.type)}</Text>
                  {relation.oversightKind && (
                    <Text size="xs" c="dimmed">
                      {labels.oversightKind(relation.oversightKind)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{names.target}</Table.Td>
                <Table.Td>
                  <StatusBadge status={relation.status} />
                </Table.Td>
                <Table.Td maw={280}>
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {relation.evidence ?? '—'}
                  </Text>
                </Table.Td>
                {canWrite && (
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => onEdit(relation)}
                        aria-label={t('map.relation.editNamed', names)}
                      >
                        {t('common.edit')}
                      </Button>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        onClick={() => onDelete(relation)}
                        aria-label={t('map.relation.deleteNamed', names)}
                      >
                        {t('common.delete')}
                      </Button>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
