import { Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../api/sectorMap';
import { formatNumber } from '../../app/format';
import { RouterAnchor } from '../../app/RouterLinks';
import { STICKY_FIRST_CELL, WIDE_TABLE_SCROLL } from '../../app/wideLayout';
import { CategoryBadge } from './ActorBadges';
import { useSectorLabels } from './useSectorLabels';

interface ActorTableProps {
  slug: string;
  actors: Actor[];
  parentNames: Map<string, string>;
  canWrite: boolean;
  onEdit: (actor: Actor) => void;
  onDelete: (actor: Actor) => void;
}

function Headcount({ actor }: { actor: Actor }) {
  const { t } = useTranslation();
  if (actor.headcountTotal === null)
    return (
      <Text size="sm" c="dimmed">
        {t('map.unknown')}
      </Text>
    );
  return (
    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
      {formatNumber(actor.headcountTotal)}
      {actor.headcountWomen !== null && actor.headcountTotal > 0 && (
        <Text span size="xs" c="dimmed">
          {' '}
          ({t('map.womenShare', { share: Math.round((actor.headcountWomen / actor.headcountTotal) * 100) })})
        </Text>
      )}
    </Text>
  );
}

export function ActorTable({ slug, actors, parentNames, canWrite, onEdit, onDelete }: ActorTableProps) {
  const { t } = useTranslation();
  const labels = useSectorLabels();
  return (
    <Table.ScrollContainer minWidth={canWrite ? 860 : 720} {...WIDE_TABLE_SCROLL}>
      <Table data-testid="actor-table" striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th style={STICKY_FIRST_CELL}>{t('map.actor.name')}</Table.Th>
            <Table.Th>{t('map.actor.category')}</Table.Th>
            <Table.Th>{t('map.actor.level')}</Table.Th>
            <Table.Th>{t('map.actor.parent')}</Table.Th>
            <Table.Th>{t('map.actor.headcount')}</Table.Th>
            {canWrite && <Table.Th>{t('common.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {actors.map((actor) => {
            const name = labels.actorName(actor);
            return (
              <Table.Tr key={actor.id} data-testid="actor-row">
                <Table.Td style={STICKY_FIRST_CELL}>
                  <RouterAnchor
                    to="/w/$slug/map/actors/$actorId"
                    params={{ slug, actorId: actor.id }}
                    size="sm"
                    fw={600}
                  >
                    {name}
                  </RouterAnchor>
                  {actor.acronym && (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      ({actor.acronym})
                    </Text>
                  )}
                  {!actor.statutory && (
                    <Text size="xs" c="dimmed">
                      {t('map.actor.nonStatutory')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <CategoryBadge category={actor.category} group={actor.group} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{labels.level(actor.level)}</Text>
                  {actor.region && (
                    <Text size="xs" c="dimmed">
                      {actor.region}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{actor.parentId ? parentNames.get(actor.parentId) : '—'}</Text>
                </Table.Td>
                <Table.Td>
                  <Headcount actor={actor} />
                </Table.Td>
                {canWrite && (
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => onEdit(actor)}
                        aria-label={t('map.actor.editNamed', { name })}
                      >
                        {t('common.edit')}
                      </Button>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        onClick={() => onDelete(actor)}
                        aria-label={t('map.actor.deleteNamed', { name })}
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
