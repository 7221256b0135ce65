import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { STICKY_FIRST_CELL, WHOLE_BADGE_STYLES, WIDE_TABLE_SCROLL } from '../../../app/wideLayout';
import { formatMoney } from '../financeQueries';
import type { Flow } from './fundingApi';
import { OdaBadge } from './OdaBadge';

/** Flows with their own amount and, beside it, the amount in the chosen currency. */
export function FlowsTable(props: {
  flows: Flow[];
  currency: string;
  canEdit: (flow: Flow) => boolean;
  onEdit: (flow: Flow) => void;
  onDelete: (flow: Flow) => void;
}) {
  const { t } = useTranslation('funding');
  const { t: tFinance } = useTranslation('finance');
  const { t: tRoot } = useTranslation();
  const anyEditable = props.flows.some(props.canEdit);
  return (
    <Table.ScrollContainer minWidth={960} {...WIDE_TABLE_SCROLL}>
      <Table striped data-testid="flows">
        <Table.Thead>
          <Table.Tr>
            <Table.Th style={STICKY_FIRST_CELL}>{t('flows.funder')}</Table.Th>
            <Table.Th>{t('flows.kind')}</Table.Th>
            <Table.Th>{t('flows.date')}</Table.Th>
            <Table.Th ta="end">{t('flows.amount')}</Table.Th>
            <Table.Th ta="end">{t('flows.converted', { currency: props.currency })}</Table.Th>
            <Table.Th>{t('flows.purposeCode')}</Table.Th>
            <Table.Th>{t('flows.planItem')}</Table.Th>
            {anyEditable && <Table.Th>{tRoot('common.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.flows.map((flow) => (
            <Table.Tr key={flow.id}>
              <Table.Td style={STICKY_FIRST_CELL}>
                <Stack gap={2}>
                  <Text size="sm">{flow.funderName}</Text>
                  {flow.toFunderName && (
                    <Text size="xs" c="dimmed">
                      {t('flows.intoFund', { fund: flow.toFunderName })}
                    </Text>
                  )}
                  {flow.recipientName && (
                    <Text size="xs" c="dimmed">
                      {t('flows.toRecipient', { recipient: flow.recipientName })}
                    </Text>
                  )}
                  {flow.iatiActivityId && (
                    <Badge size="xs" variant="outline" styles={WHOLE_BADGE_STYLES}>
                      {t('flows.fromIati')}
                    </Badge>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>{tFinance(`flowKind.${flow.kind}`)}</Table.Td>
              <Table.Td dir="ltr">{flow.flowDate}</Table.Td>
              <Table.Td ta="end">{formatMoney(flow.amount, flow.currency)}</Table.Td>
              <Table.Td ta="end">
                {flow.converted ? (
                  formatMoney(flow.converted.amount, props.currency)
                ) : (
                  <Text size="xs" c="orange">
                    {t('rates.none')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {flow.purposeCode ? (
                  <Stack gap={2}>
                    <Text size="sm" title={t(`purposeCodes.${flow.purposeCode}`, { defaultValue: '' })}>
                      {flow.purposeCode}
                    </Text>
                    <OdaBadge status={flow.odaStatus} />
                  </Stack>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td>
                {flow.planItemCode ? `${flow.planItemCode} ${flow.planItemName ?? ''}` : '—'}
              </Table.Td>
              {anyEditable && (
                <Table.Td>
                  {props.canEdit(flow) && (
                    <Group gap={4} wrap="nowrap">
                      <Button size="compact-xs" variant="subtle" onClick={() => props.onEdit(flow)}>
                        {tRoot('common.edit')}
                      </Button>
                      {!flow.iatiActivityId && (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          onClick={() => props.onDelete(flow)}
                        >
                          {tRoot('common.delete')}
                        </Button>
                      )}
                    </Group>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
