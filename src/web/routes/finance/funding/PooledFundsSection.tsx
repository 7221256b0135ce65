import { Alert, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { STICKY_FIRST_CELL, WIDE_TABLE_SCROLL } from '../../../app/wideLayout';
import { formatMoney, formatShare } from '../financeQueries';
import { type PooledFund, usePooledQuery } from './fundingApi';
import { RatesNote } from './RatesNote';

/** Pooled and trust funds: what came in from whom, what went out to which activity, what is left, what it covers. */
export function PooledFundsSection(props: { slug: string; currency: string | null }) {
  const { t } = useTranslation('funding');
  const pooled = usePooledQuery(props.slug, props.currency);
  if (pooled.isPending) return <PageLoader />;
  if (pooled.isError) return <ErrorAlert error={pooled.error} />;
  const { funds, currency } = pooled.data;
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('pooled.title')}
      </Title>
      {funds.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('pooled.empty')}
        </Text>
      ) : (
        funds.map((fund) => <PooledFundCard key={fund.id} fund={fund} currency={currency} />)
      )}
    </Stack>
  );
}

function PooledFundCard({ fund, currency }: { fund: PooledFund; currency: string }) {
  const { t } = useTranslation('funding');
  const { t: tFinance } = useTranslation('finance');
  const money = (value: number) => formatMoney(value, currency);
  return (
    <Paper withBorder p="sm" data-testid="pooled-fund">
      <Stack gap="sm">
        <div>
          <Text fw={600}>{fund.name}</Text>
          <Text size="xs" c="dimmed">
            {tFinance(`funderType.${fund.type}`)}
          </Text>
        </div>
        {!fund.flowsVisible && <Alert color="blue">{t('pooled.onlyYours')}</Alert>}
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <Figure label={t('pooled.paidIn')} value={money(fund.contributedPaid)} />
          <Figure label={t('pooled.allocated')} value={money(fund.allocatedCommitted)} />
          <Figure label={t('pooled.balance')} value={money(fund.balance)} help={t('pooled.balanceHelp')} />
          <Figure
            label={t('pooled.unallocated')}
            value={money(fund.unallocated)}
            help={t('pooled.unallocatedHelp')}
          />
        </SimpleGrid>
        {fund.programmeShares.map((share) => (
          <Text size="sm" key={share.planId}>
            {share.share === null
              ? t('pooled.shareUnknown', { plan: share.planName, allocated: money(share.allocated) })
              : t('pooled.share', {
                  plan: share.planName,
                  share: formatShare(share.share, 0),
                  allocated: money(share.allocated),
                  cost: money(share.cost),
                })}
          </Text>
        ))}
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Table.ScrollContainer minWidth={360} {...WIDE_TABLE_SCROLL}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th style={STICKY_FIRST_CELL}>{t('pooled.contributor')}</Table.Th>
                  <Table.Th ta="end">{t('pooled.committed')}</Table.Th>
                  <Table.Th ta="end">{t('pooled.paid')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {fund.contributions.map((entry) => (
                  <Table.Tr key={entry.funderId}>
                    <Table.Td style={STICKY_FIRST_CELL}>{entry.funderName}</Table.Td>
                    <Table.Td ta="end">{money(entry.committed)}</Table.Td>
                    <Table.Td ta="end">{money(entry.paid)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Table.ScrollContainer minWidth={420} {...WIDE_TABLE_SCROLL}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th style={STICKY_FIRST_CELL}>{t('pooled.item')}</Table.Th>
                  <Table.Th ta="end">{t('pooled.committed')}</Table.Th>
                  <Table.Th ta="end">{t('pooled.disbursed')}</Table.Th>
                  <Table.Th ta="end">{t('pooled.spent')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {fund.allocations.map((entry) => (
                  <Table.Tr key={entry.planItemId ?? 'none'}>
                    <Table.Td style={STICKY_FIRST_CELL}>
                      {entry.planItemCode
                        ? `${entry.planItemCode} ${entry.planItemName ?? ''}`
                        : t('pooled.noItem')}
                    </Table.Td>
                    <Table.Td ta="end">{money(entry.committed)}</Table.Td>
                    <Table.Td ta="end">{money(entry.disbursed)}</Table.Td>
                    <Table.Td ta="end">{money(entry.spent)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </SimpleGrid>
        <RatesNote ratesUsed={[]} missingRates={fund.missingRates} currency={currency} />
      </Stack>
    </Paper>
  );
}

function Figure({ label, value, help }: { label: string; value: string; help?: string }) {
  return (
    <div title={help}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600}>{value}</Text>
    </div>
  );
}
