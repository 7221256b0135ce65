import { Divider, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { funderManageRefusal } from '../../../../core/access/funding-policy';
import { PageLoader } from '../../../app/status';
import { useCurrentWorkspace } from '../../workspaces/workspaceContext';
import { useExchangeRatesQuery, useFinancePermissions, useFinanceSettingsQuery } from '../financeQueries';
import { FlowsSection } from './FlowsSection';
import { FundersSection } from './FundersSection';
import { useFundingFundersQuery } from './fundingApi';
import { PooledFundsSection } from './PooledFundsSection';

/**
 * Who funds the programme, with what, in one chosen currency: funders, their flows and the pooled funds.
 * Donors see and record the funding of the funders they speak for; the secretariat sees and manages everything.
 */
export function FundingPage() {
  const { t } = useTranslation('funding');
  const { role } = useCurrentWorkspace();
  const { slug, canWriteFunding } = useFinancePermissions();
  const settings = useFinanceSettingsQuery(slug);
  const rates = useExchangeRatesQuery(slug);
  const [currency, setCurrency] = useState<string | null>(null);
  const reporting = settings.data?.reportingCurrency ?? 'USD';
  const chosen = currency ?? reporting;
  const funders = useFundingFundersQuery(slug, settings.isPending ? null : chosen);
  // totals wait for the reporting currency, so they are not fetched twice
  if (settings.isPending) return <PageLoader />;
  const currencies = [
    ...new Set([
      reporting,
      ...(rates.data?.rates ?? []).flatMap((rate) => [rate.fromCurrency, rate.toCurrency]),
    ]),
  ].sort();
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Text size="sm" c="dimmed" maw={560}>
          {role === 'donor' ? t('introDonor') : t('intro')}
        </Text>
        <Select
          label={t('currency')}
          description={t('currencyHelp')}
          data={currencies}
          value={chosen}
          onChange={(value) => setCurrency(value)}
          allowDeselect={false}
          w={{ base: '100%', xs: 200 }}
          data-testid="funding-currency"
        />
      </Group>
      <FundersSection slug={slug} currency={chosen} canManage={funderManageRefusal({ role }) === null} />
      <Divider />
      <FlowsSection
        slug={slug}
        currency={chosen}
        reportingCurrency={reporting}
        funders={funders.data?.funders ?? []}
        canWrite={canWriteFunding}
      />
      <Divider />
      <PooledFundsSection slug={slug} currency={chosen} />
    </Stack>
  );
}
