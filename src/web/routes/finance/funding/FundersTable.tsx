import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { STICKY_FIRST_CELL, WIDE_TABLE_SCROLL } from '../../../app/wideLayout';
import { formatMoney, formatShare } from '../financeQueries';
import type { Funder } from './fundingApi';

/** Funders with their kind, the institution they are on the map, their totals and how much of it is ODA. */
export function FundersTable(props: {
  funders: Funder[];
  currency: string;
  canManage: boolean;
  onEdit: (funder: Funder) => void;
  onMembers: (funder: Funder) => void;
  onDelete: (funder: Funder) => void;
}) {
  const { t } = useTranslation('funding');
  const { t: tFinance } = useTranslation('finance');
  const { t: tRoot } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={820} {...WIDE_TABLE_SCROLL}>
      <Table striped data-testid="funders">
        <Table.Thead>
          <Table.Tr>
            <Table.Th style={STICKY_FIRST_CELL}>{t('funders.name')}</Table.Th>
            <Table.Th>{t('funders.type')}</Table.Th>
            <Table.Th>{t('funders.actor')}</Table.Th>
            <Table.Th ta="end">{t('funders.committed')}</Table.Th>
            <Table.Th ta="end">{t('funders.disbursed')}</Table.Th>
            <Table.Th ta="end">{t('funders.odaShare')}</Table.Th>
            <Table.Th>{t('members.title')}</Table.Th>
            {props.canManage && <Table.Th>{tRoot('common.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.funders.map((funder) => (
            <Table.Tr key={funder.id}>
              <Table.Td style={STICKY_FIRST_CELL}>
                <Text size="sm" fw={500}>
                  {funder.name}
                  {funder.acronym ? ` (${funder.acronym})` : ''}
                </Text>
                {funder.iatiRef && (
                  <Text size="xs" c="dimmed" dir="ltr">
                    {funder.iatiRef}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{tFinance(`funderType.${funder.type}`)}</Table.Td>
              <Table.Td>{funder.actorName ?? '—'}</Table.Td>
              {funder.totals ? (
                <>
                  <Table.Td ta="end">{formatMoney(funder.totals.committed, props.currency)}</Table.Td>
                  <Table.Td ta="end">{formatMoney(funder.totals.disbursed, props.currency)}</Table.Td>
                  <Table.Td ta="end">
                    {funder.totals.odaShare ? (
                      <Stack gap={0} align="flex-end">
                        <Text size="sm">{formatShare(funder.totals.odaShare.yes, 0)}</Text>
                        {funder.totals.odaShare.partly > 0 && (
                          <Text size="xs" c="dimmed">
                            {t('funders.partlyOda', {
                              share: formatShare(funder.totals.odaShare.partly, 0),
                            })}
                          </Text>
                        )}
                      </Stack>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                </>
              ) : (
                <Table.Td colSpan={3}>
                  <Text size="xs" c="dimmed">
                    {t('funders.hidden')}
                  </Text>
                </Table.Td>
              )}
              <Table.Td>
                <Text size="sm">{funder.members.map((member) => member.name).join(', ') || '—'}</Text>
              </Table.Td>
              {props.canManage && (
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button size="compact-xs" variant="subtle" onClick={() => props.onEdit(funder)}>
                      {tRoot('common.edit')}
                    </Button>
                    <Button size="compact-xs" variant="subtle" onClick={() => props.onMembers(funder)}>
                      {t('members.edit')}
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      onClick={() => props.onDelete(funder)}
                    >
                      {tRoot('common.delete')}
                    </Button>
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
