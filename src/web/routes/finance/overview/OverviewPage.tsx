import { Group, Paper, SegmentedControl, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../app/format';
import { RouterAnchor } from '../../../app/RouterLinks';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { STICKY_FIRST_CELL, WIDE_TABLE_SCROLL } from '../../../app/wideLayout';
import { Chart } from '../../assess/charts/Chart';
import {
  cofogKey,
  formatMoney,
  formatShare,
  useFinancePermissions,
  useFinanceSettingsQuery,
} from '../financeQueries';
import { type AnalysisYear, analysisApi, analysisKeys, fiscalYearLabel } from './analysisApi';
import { CredibilityTable } from './CredibilityTable';
import { CurrencyPicker } from './CurrencyPicker';
import { FinanceNotes } from './FinanceNotes';
import { type Basis, type CompositionView, compositionOption, partsOf, sharesOption } from './overviewCharts';

/** The right-financing overview: weight of security spending, its composition, credibility and transparency. */
export function OverviewPage() {
  const { t } = useTranslation('financeAnalysis');
  const { t: tFinance } = useTranslation('finance');
  const { slug } = useFinancePermissions();
  const settings = useFinanceSettingsQuery(slug);
  const [currency, setCurrency] = useState<string | null>(null);
  const [basis, setBasis] = useState<Basis>('approved');
  const [view, setView] = useState<CompositionView>('institution');
  const analysis = useQuery({
    queryKey: analysisKeys.analysis(slug, currency),
    queryFn: () => analysisApi.analysis(slug, currency),
  });

  if (analysis.isPending) return <PageLoader />;
  if (analysis.isError) return <ErrorAlert error={analysis.error} />;
  const data = analysis.data;
  const yearLabel = (year: number) => fiscalYearLabel(year, data.fiscalYearStartMonth);
  const money = (value: number | null) => (value === null ? '—' : formatMoney(value, data.currency));
  const labels = { year: yearLabel, percent: (v: number) => formatShare(v), money: (v: number) => money(v) };
  const institutionName = (actorId: string | null) =>
    data.institutions.find((i) => i.id === actorId)?.name ?? t('overview.noInstitution');
  const budgetYears = data.years.filter((year) => year.lineCount > 0);
  const nameOf = (key: string) =>
    view === 'institution'
      ? institutionName(key || null)
      : view === 'division'
        ? t(`overview.division.${key}`)
        : view === 'cofog'
          ? tFinance(cofogKey(key))
          : tFinance(`economicClass.${key}`);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Text size="sm" c="dimmed" maw={640}>
          {t('overview.intro', { currency: data.currency })}
        </Text>
        <CurrencyPicker
          slug={slug}
          reportingCurrency={settings.data?.reportingCurrency ?? data.macroCurrency}
          value={data.currency}
          onChange={setCurrency}
        />
      </Group>
      <FinanceNotes ratesUsed={data.ratesUsed} warnings={data.warnings} />
      {budgetYears.length === 0 ? (
        <Stack gap={4} py="md" data-testid="analysis-empty">
          <Title order={2} size="h4">
            {t('overview.emptyTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('overview.emptyBody')}
          </Text>
          <Group gap="md">
            <RouterAnchor to="/w/$slug/finance/budgets" params={{ slug }} size="sm">
              {t('overview.goBudgets')}
            </RouterAnchor>
            <RouterAnchor to="/w/$slug/finance/macro" params={{ slug }} size="sm">
              {t('overview.goMacro')}
            </RouterAnchor>
          </Group>
        </Stack>
      ) : (
        <>
          <LatestYear year={budgetYears[budgetYears.length - 1]} yearLabel={yearLabel} />
          <section>
            <Group justify="space-between" align="flex-end" mb="xs">
              <Title order={2} size="h4">
                {t('overview.sharesTitle')}
              </Title>
              <SegmentedControl
                size="xs"
                value={basis}
                onChange={(value) => setBasis(value as Basis)}
                data={[
                  { value: 'approved', label: t('overview.approved') },
                  { value: 'executed', label: t('overview.executed') },
                ]}
              />
            </Group>
            <Chart
              option={sharesOption(
                budgetYears,
                basis,
                { gdp: t('overview.shareOfGdp'), expenditure: t('overview.shareOfExpenditure') },
                labels,
              )}
              testId="security-shares-chart"
              label={t('overview.sharesTitle')}
              height={280}
            />
          </section>
          <section>
            <Group justify="space-between" align="flex-end" mb="xs">
              <Title order={2} size="h4">
                {t('overview.compositionTitle')}
              </Title>
              <Select
                size="xs"
                w={220}
                aria-label={t('overview.compositionTitle')}
                value={view}
                onChange={(value) => value && setView(value as CompositionView)}
                allowDeselect={false}
                data={[
                  { value: 'institution', label: t('overview.byInstitution') },
                  { value: 'division', label: t('overview.byDivision') },
                  { value: 'cofog', label: t('overview.byCofog') },
                  { value: 'class', label: t('overview.byClass') },
                ]}
              />
            </Group>
            <Chart
              option={compositionOption(budgetYears, partsOf(view), nameOf, labels)}
              testId="composition-chart"
              label={t('overview.compositionTitle')}
              height={300}
            />
          </section>
          <section>
            <Title order={2} size="h4" mb="xs">
              {t('overview.yearsTitle')}
            </Title>
            <Table.ScrollContainer minWidth={720} {...WIDE_TABLE_SCROLL}>
              <Table striped data-testid="analysis-years">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th style={STICKY_FIRST_CELL}>{t('year')}</Table.Th>
                    <Table.Th>{t('overview.approved')}</Table.Th>
                    <Table.Th>{t('overview.executed')}</Table.Th>
                    <Table.Th>{t('overview.shareOfGdp')}</Table.Th>
                    <Table.Th>{t('overview.shareOfExpenditure')}</Table.Th>
                    <Table.Th>{t('overview.personnelToCapital')}</Table.Th>
                    <Table.Th>{t('overview.opaqueShare')}</Table.Th>
                    <Table.Th>{t('overview.domesticShare')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {budgetYears.map((year) => (
                    <Table.Tr key={year.fiscalYear}>
                      <Table.Th style={STICKY_FIRST_CELL}>{yearLabel(year.fiscalYear)}</Table.Th>
                      <Table.Td>{money(year.total.approved)}</Table.Td>
                      <Table.Td>{money(year.total.executed)}</Table.Td>
                      <Table.Td>{formatShare(year.shareOfGdp.approved, 2)}</Table.Td>
                      <Table.Td>{formatShare(year.shareOfExpenditure.approved)}</Table.Td>
                      <Table.Td>
                        {year.personnelToCapital === null
                          ? '—'
                          : formatNumber(Math.round(year.personnelToCapital * 10) / 10)}
                      </Table.Td>
                      <Table.Td data-testid={`opaque-share-${year.fiscalYear}`}>
                        {formatShare(year.opaque.share)}
                      </Table.Td>
                      <Table.Td>{formatShare(year.domestic.share)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Text size="xs" c="dimmed" mt={4}>
              {t('overview.opaqueHelp')}
            </Text>
          </section>
          <CredibilityTable years={budgetYears} yearLabel={yearLabel} institutionName={institutionName} />
        </>
      )}
    </Stack>
  );
}

/** The latest budget year at a glance: weight of security spending, transparency, credibility. */
function LatestYear({ year, yearLabel }: { year: AnalysisYear; yearLabel: (year: number) => string }) {
  const { t } = useTranslation('financeAnalysis');
  const figures = [
    ['shareOfGdp', formatShare(year.shareOfGdp.approved, 2)],
    ['shareOfExpenditure', formatShare(year.shareOfExpenditure.approved)],
    ['opaqueShare', formatShare(year.opaque.share)],
    ['credibility', formatShare(year.credibility, 0)],
  ] as const;
  return (
    <section aria-label={t('overview.latest', { year: yearLabel(year.fiscalYear) })}>
      <Text size="sm" fw={600} mb={4}>
        {t('overview.latest', { year: yearLabel(year.fiscalYear) })}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
        {figures.map(([key, value]) => (
          <Paper key={key} withBorder p="xs" data-testid={`latest-${key}`}>
            <Text size="xs" c="dimmed">
              {key === 'credibility' ? t('credibility.title') : t(`overview.${key}`)}
            </Text>
            <Text fw={700} size="lg">
              {value}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
    </section>
  );
}
