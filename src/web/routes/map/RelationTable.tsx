import { Badge, Button, Group, Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RelationSort, RelationSortKey } from '../../../core/sector-map/relation-order';
import type { RelationStatus } from '../../../core/sector-map/relations';
import type { Relation } from '../../api/sectorMap';
import { STICKY_FIRST_CELL, WHOLE_BADGE_STYLES, WIDE_TABLE_SCROLL } from '../../app/wideLayout';
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
    <Badge variant="light" color={STATUS_COLORS[status]} styles={WHOLE_BADGE_STYLES}>
      {labels.status(status)}
    </Badge>
  );
}

/** A column header that sorts the list: a click sorts by it, a second click reverses the order. */
function SortHeader(props: {
  column: RelationSortKey;
  label: string;
  sort: RelationSort;
  onSort: (sort: RelationSort) => void;
  sticky?: boolean;
}) {
  const { t } = useTranslation('layout');
  const active = props.sort.key === props.column;
  const next: RelationSort = {
    key: props.column,
    direction: active && props.sort.direction === 'asc' ? 'desc' : 'asc',
  };
  return (
    <Table.Th
      style={props.sticky ? STICKY_FIRST_CELL : undefined}
      aria-sort={active ? (props.sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <UnstyledButton
        onClick={() => props.onSort(next)}
        fw={700}
        fz="sm"
        title={t('relations.sortBy', { column: props.label })}
        data-testid={`relation-sort-${props.column}`}
      >
        <Group gap={4} wrap="nowrap">
          {props.label}
          <span aria-hidden style={{ opacity: active ? 1 : 0.3 }}>
            {active && props.sort.direction === 'desc' ? '▼' : '▲'}
          </span>
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

interface RelationTableProps {
  relations: Relation[];
  sort: RelationSort;
  onSort: (sort: RelationSort) => void;
  canWrite: boolean;
  onEdit: (relation: Relation) => void;
  onDelete: (relation: Relation) => void;
}

export function RelationTable({ relations, sort, onSort, canWrite, onEdit, onDelete }: RelationTableProps) {
  const { t } = useTranslation();
  const labels = useSectorLabels();
  return (
    <Table.ScrollContainer minWidth={canWrite ? 880 : 740} {...WIDE_TABLE_SCROLL}>
      <Table data-testid="relation-table" striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <SortHeader column="source" label={t('map.relation.source')} sort={sort} onSort={onSort} sticky />
            <SortHeader column="type" label={t('map.relation.type')} sort={sort} onSort={onSort} />
            <SortHeader column="target" label={t('map.relation.target')} sort={sort} onSort={onSort} />
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
                <Table.Td style={STICKY_FIRST_CELL}>{names.source}</Table.Td>
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
