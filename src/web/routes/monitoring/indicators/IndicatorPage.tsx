import { Badge, Button, Card, Group, Modal, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterAnchor } from '../../../app/RouterLinks';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { useCurrentWorkspace } from '../../workspaces/workspaceContext';
import { IndicatorSeriesChart } from '../charts/IndicatorSeriesChart';
import { DecisionModal } from '../review/DecisionModal';
import { FlagCard } from '../review/FlagCard';
import { type ReviewFlag, useIndicatorStatusQuery, useReviewPermissions } from '../review/reviewQueries';
import { ScenarioModal } from '../review/ScenarioModal';
import { localName } from '../setup/monitoringMetadataQueries';
import { IndicatorForm } from './IndicatorForm';
import { useCanConfigureMonitoring, useIndicatorQuery } from './indicatorQueries';
import { StatusExplanation } from './StatusExplanation';
import { TargetsEditor } from './TargetsEditor';

/** One indicator: its definition, its series against targets, its status explained, targets and flags. */
export function IndicatorPage() {
  const { indicatorId } = useParams({ strict: false }) as { indicatorId: string };
  const { t, i18n } = useTranslation(['monitoringReview', 'monitoringIndicators']);
  const { workspace } = useCurrentWorkspace();
  const slug = workspace.slug;
  const canConfigure = useCanConfigureMonitoring();
  const { canDecide, canOpenScenario } = useReviewPermissions();
  const indicator = useIndicatorQuery(slug, indicatorId);
  const status = useIndicatorStatusQuery(slug, indicatorId);
  const [editing, setEditing] = useState(false);
  const [orgUnitId, setOrgUnitId] = useState<string | null>(null);
  const [deciding, setDeciding] = useState<ReviewFlag | null>(null);
  const [replanning, setReplanning] = useState<ReviewFlag | null>(null);

  if (indicator.isPending || status.isPending) return <PageLoader />;
  if (indicator.isError) return <ErrorAlert error={indicator.error} title={t('detail.notFound')} />;
  if (status.isError) return <ErrorAlert error={status.error} />;
  const definition = indicator.data;
  const rows = status.data.statuses;
  const chosen = rows.find((row) => row.orgUnitId === orgUnitId) ?? rows[0];
  const percent = (share: number) =>
    new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 }).format(share);
  const fact = (label: string, value: string | null | undefined) =>
    value ? (
      <div>
        <Text size="xs" c="dimmed">
          {label}
        </Text>
        <Text size="sm">{value}</Text>
      </div>
    ) : null;

  return (
    <Stack gap="md">
      <RouterAnchor to="/w/$slug/monitor/indicators" params={{ slug }} size="sm">
        {t('detail.back')}
      </RouterAnchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={2} size="h3">
            {definition.code} — {localName(definition, i18n.language)}
          </Title>
          <Group gap={6}>
            <Badge variant="light">{t(`monitoringIndicators:level.${definition.level}`)}</Badge>
            <Badge variant="outline">{t(`monitoringIndicators:kind.${definition.kind}`)}</Badge>
          </Group>
        </Stack>
        {canConfigure && (
          <Button variant="light" onClick={() => setEditing(true)}>
            {t('detail.edit')}
          </Button>
        )}
      </Group>
      <Card withBorder padding="sm">
        <Title order={3} size="h5" mb="xs">
          {t('detail.definition')}
        </Title>
        {definition.description && (
          <Text size="sm" mb="xs" style={{ whiteSpace: 'pre-wrap' }}>
            {definition.description}
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          {fact(
            t('detail.formula'),
            t('detail.formulaText', {
              numerator: definition.numerator,
              denominator: definition.denominator,
              factor: definition.factor,
            }),
          )}
          {fact(t('detail.frequency'), t(`monitoringIndicators:frequency.${definition.frequency}`))}
          {fact(t('detail.direction'), t(`monitoringIndicators:direction.${definition.direction}`))}
          {fact(
            t('detail.status'),
            t('detail.thresholds', {
              onTrack: percent(definition.onTrackFrom),
              atRisk: percent(definition.atRiskFrom),
            }),
          )}
          {fact(
            t('detail.result'),
            definition.result ? `${definition.result.code} ${definition.result.title}` : null,
          )}
          {fact(
            t('detail.responsible'),
            definition.responsibleActor ? localName(definition.responsibleActor, i18n.language) : null,
          )}
          {fact(t('detail.dataSource'), definition.dataSource)}
        </SimpleGrid>
      </Card>
      <Card withBorder padding="sm">
        <Group justify="space-between" mb="xs" wrap="wrap">
          <Title order={3} size="h5">
            {t('detail.chart')}
          </Title>
          {rows.length > 1 && (
            <Select
              aria-label={t('indicators.orgUnit')}
              data={rows.map((row) => ({ value: row.orgUnitId, label: row.orgUnitName }))}
              value={chosen?.orgUnitId ?? null}
              onChange={setOrgUnitId}
              allowDeselect={false}
              w={220}
            />
          )}
        </Group>
        <IndicatorSeriesChart slug={slug} indicatorId={indicatorId} orgUnitId={chosen?.orgUnitId} />
      </Card>
      {chosen && <StatusExplanation row={chosen} asOf={status.data.asOf} />}
      <Card withBorder padding="sm">
        <Title order={3} size="h5" mb="xs">
          {t('detail.targets')}
        </Title>
        <TargetsEditor slug={slug} indicatorId={indicatorId} canEdit={canConfigure} />
      </Card>
      <section aria-labelledby="indicator-flags">
        <Title order={3} size="h5" id="indicator-flags" mb="xs">
          {t('detail.flags')}
        </Title>
        <Stack gap="sm">
          {status.data.flags.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('detail.noFlags')}
            </Text>
          ) : (
            status.data.flags.map((flag) => (
              <FlagCard
                key={flag.id}
                slug={slug}
                flag={flag}
                canDecide={canDecide}
                canOpenScenario={canOpenScenario}
                onDecide={setDeciding}
                onScenario={setReplanning}
                showIndicator={false}
              />
            ))
          )}
        </Stack>
      </section>
      <Modal opened={editing} onClose={() => setEditing(false)} title={t('detail.edit')} size="xl">
        {editing && <IndicatorForm slug={slug} indicator={definition} onDone={() => setEditing(false)} />}
      </Modal>
      <DecisionModal slug={slug} flag={deciding} onClose={() => setDeciding(null)} />
      <ScenarioModal slug={slug} flag={replanning} onClose={() => setReplanning(null)} onOpened={() => {}} />
    </Stack>
  );
}
