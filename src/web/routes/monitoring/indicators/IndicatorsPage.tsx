import { Alert, Button, Group, Modal, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INDICATOR_KINDS, INDICATOR_LEVELS, STATUSES } from '../../../../core/indicators/types';
import { formatDateTime } from '../../../app/format';
import { RouterAnchor } from '../../../app/RouterLinks';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { useCurrentWorkspace } from '../../workspaces/workspaceContext';
import { useResultsChainQuery } from '../results/resultsQueries';
import { type IndicatorStatusRow, useStatusesQuery } from '../review/reviewQueries';
import { formatFigure, StatusBadge } from '../review/StatusBadge';
import { localName } from '../setup/monitoringMetadataQueries';
import { IndicatorForm } from './IndicatorForm';
import { type Indicator, useCanConfigureMonitoring, useIndicatorsQuery } from './indicatorQueries';

/** Most telling level first: impact down to input. */
const LEVELS = [...INDICATOR_LEVELS].reverse();

/** Indicators grouped by level, each with its status per org unit, actual against target, and filters. */
export function IndicatorsPage() {
  const { t, i18n } = useTranslation(['monitoringReview', 'monitoringIndicators', 'monitoringResults']);
  const { workspace } = useCurrentWorkspace();
  const slug = workspace.slug;
  const canConfigure = useCanConfigureMonitoring();
  const indicators = useIndicatorsQuery(slug);
  const statuses = useStatusesQuery(slug);
  const chain = useResultsChainQuery(slug);
  const [search, setSearch] = useState('');
  const [level, setLevel] = useState<string | null>(null);
  const [kind, setKind] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);

  const statusOf = useMemo(() => {
    const byIndicator = new Map<string, IndicatorStatusRow[]>();
    for (const row of statuses.data?.statuses ?? [])
      byIndicator.set(row.indicatorId, [...(byIndicator.get(row.indicatorId) ?? []), row]);
    return byIndicator;
  }, [statuses.data]);

  if (indicators.isPending || statuses.isPending) return <PageLoader />;
  if (indicators.isError) return <ErrorAlert error={indicators.error} />;
  if (statuses.isError) return <ErrorAlert error={statuses.error} />;

  const name = (indicator: Indicator) => localName(indicator, i18n.language);
  const needle = search.trim().toLowerCase();
  const shown = indicators.data.indicators.filter(
    (indicator) =>
      (!needle || `${indicator.code} ${name(indicator)}`.toLowerCase().includes(needle)) &&
      (!level || indicator.level === level) &&
      (!kind || indicator.kind === kind) &&
      (!status || (statusOf.get(indicator.id) ?? []).some((row) => row.status === status)),
  );
  const figure = (value: number | null) => formatFigure(value, i18n.language);
  const options = (values: readonly string[], prefix: string) =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Stack gap={2} maw={760}>
          <Text size="sm" c="dimmed">
            {t('indicators.intro')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('indicators.asOf', { date: statuses.data.asOf })}
            {' · '}
            {statuses.data.dataAsOf
              ? t('indicators.dataAsOf', { date: formatDateTime(statuses.data.dataAsOf) })
              : t('indicators.noAnalytics')}
          </Text>
        </Stack>
        {canConfigure && <Button onClick={() => setCreating(true)}>{t('indicators.new')}</Button>}
      </Group>
      {chain.data?.warnings.map((warning) => (
        <Alert key={warning.key} color="orange" title={t(`monitoringResults:warnings.${warning.key}.title`)}>
          {t(`monitoringResults:warnings.${warning.key}.text`)}
        </Alert>
      ))}
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label={t('indicators.search')}
          placeholder={t('indicators.searchPlaceholder')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={220}
        />
        <Select
          label={t('indicators.level')}
          placeholder={t('indicators.any')}
          data={options(LEVELS, 'monitoringIndicators:level')}
          value={level}
          onChange={setLevel}
          clearable
          w={160}
        />
        <Select
          label={t('indicators.kind')}
          placeholder={t('indicators.any')}
          data={options(INDICATOR_KINDS, 'monitoringIndicators:kind')}
          value={kind}
          onChange={setKind}
          clearable
          w={200}
        />
        <Select
          label={t('indicators.status')}
          placeholder={t('indicators.any')}
          data={options(STATUSES, 'status')}
          value={status}
          onChange={setStatus}
          clearable
          w={160}
        />
      </Group>
      {indicators.data.indicators.length === 0 && <Text size="sm">{t('indicators.empty')}</Text>}
      {indicators.data.indicators.length > 0 && shown.length === 0 && (
        <Text size="sm">{t('indicators.noMatch')}</Text>
      )}
      {LEVELS.map((levelCode) => {
        const group = shown.filter((indicator) => indicator.level === levelCode);
        if (group.length === 0) return null;
        return (
          <section key={levelCode} aria-labelledby={`level-${levelCode}`}>
            <Title order={3} size="h5" id={`level-${levelCode}`} mb={4}>
              {t('indicators.levelCount', {
                level: t(`monitoringIndicators:level.${levelCode}`),
                count: group.length,
              })}
            </Title>
            <Table.ScrollContainer minWidth={560}>
              <Table striped verticalSpacing={4}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('review.indicator')}</Table.Th>
                    <Table.Th>{t('indicators.orgUnit')}</Table.Th>
                    <Table.Th>{t('indicators.status')}</Table.Th>
                    <Table.Th>{t('indicators.actual')}</Table.Th>
                    <Table.Th>{t('indicators.target')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {group.flatMap((indicator) => {
                    const rows = statusOf.get(indicator.id) ?? [];
                    const label = (
                      <Stack gap={0}>
                        <RouterAnchor
                          to="/w/$slug/monitor/indicators/$indicatorId"
                          params={{ slug, indicatorId: indicator.id }}
                          size="sm"
                          fw={500}
                        >
                          {indicator.code} — {name(indicator)}
                        </RouterAnchor>
                        <Text size="xs" c="dimmed">
                          {t(`monitoringIndicators:kind.${indicator.kind}`)}
                        </Text>
                      </Stack>
                    );
                    if (rows.length === 0)
                      return [
                        <Table.Tr key={indicator.id}>
                          <Table.Td>{label}</Table.Td>
                          <Table.Td>—</Table.Td>
                          <Table.Td>
                            <StatusBadge status="no_data" />
                          </Table.Td>
                          <Table.Td>—</Table.Td>
                          <Table.Td>—</Table.Td>
                        </Table.Tr>,
                      ];
                    return rows.map((row, index) => (
                      <Table.Tr key={`${indicator.id}-${row.orgUnitId}`}>
                        <Table.Td>{index === 0 ? label : null}</Table.Td>
                        <Table.Td>{row.orgUnitName}</Table.Td>
                        <Table.Td>
                          <StatusBadge status={row.status} />
                        </Table.Td>
                        <Table.Td>
                          {row.period
                            ? t('indicators.valueIn', { value: figure(row.actual), period: row.period })
                            : '—'}
                        </Table.Td>
                        <Table.Td>
                          {row.target
                            ? t('indicators.valueIn', {
                                value: figure(row.target.value),
                                period: row.target.period,
                              })
                            : '—'}
                        </Table.Td>
                      </Table.Tr>
                    ));
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </section>
        );
      })}
      <Modal opened={creating} onClose={() => setCreating(false)} title={t('indicators.new')} size="xl">
        {creating && <IndicatorForm slug={slug} onDone={() => setCreating(false)} />}
      </Modal>
    </Stack>
  );
}
