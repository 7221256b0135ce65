import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Optimisation, PlanDetail, ScheduleSnapshot } from '../../../api/plans';
import { ConfirmModal } from '../../../app/ConfirmModal';
import { formatNumber } from '../../../app/format';
import { ErrorAlert } from '../../../app/status';
import { formatFinish, formatMonth } from '../planFormat';
import { OptimiseHeld } from './OptimiseHeld';
import { type ResultVerdict, resultVerdict } from './resultVerdict';

const MAX_CHANGES = 25;
const VERDICT_COLORS: Record<ResultVerdict, string> = {
  shorter: 'green',
  same: 'gray',
  longer: 'red',
  repairs: 'orange',
};

/** Activities whose start differs between two schedules, biggest moves first. */
export function changedStarts(before: ScheduleSnapshot, after: ScheduleSnapshot) {
  return Object.entries(after.starts)
    .filter(([id, start]) => before.starts[id] !== undefined && before.starts[id] !== start)
    .map(([id, start]) => ({ id, from: before.starts[id], to: start }))
    .sort((a, b) => Math.abs(b.to - b.from) - Math.abs(a.to - a.from));
}

interface OptimiseResultProps {
  optimisation: Optimisation;
  detail: PlanDetail;
  canApply: boolean;
  applying: boolean;
  applyError: unknown;
  onApply: () => void;
}

/** A finished run: the current schedule beside the optimised one, and which activities would move. */
export function OptimiseResult({
  optimisation,
  detail,
  canApply,
  applying,
  applyError,
  onApply,
}: OptimiseResultProps) {
  const { t } = useTranslation('plan');
  const [confirming, setConfirming] = useState(false);
  const { before, after } = optimisation;
  const startMonth = detail.plan.startMonth;
  if (!before || !after) return null;
  const items = new Map(detail.items.map((item) => [item.id, item]));
  const changes = changedStarts(before, after);
  const finish = (snapshot: ScheduleSnapshot) =>
    `${formatFinish(startMonth, snapshot.finishMonth) ?? '—'} (${t('months', { count: snapshot.finishMonth })})`;
  const gain = before.finishMonth - after.finishMonth;
  const verdict = resultVerdict(before, after);

  const rows: { key: string; label: string; before: string; after: string; better: boolean }[] = [
    {
      key: 'finish',
      label: t('optimise.compare.finish'),
      before: finish(before),
      after: finish(after),
      better: after.finishMonth < before.finishMonth,
    },
    {
      key: 'weighted',
      label: t('optimise.compare.weighted'),
      before: formatNumber(Math.round(before.weightedCompletion)),
      after: formatNumber(Math.round(after.weightedCompletion)),
      better: after.weightedCompletion < before.weightedCompletion,
    },
    {
      key: 'deadlines',
      label: t('optimise.compare.deadlineMisses'),
      before: formatNumber(before.deadlineMisses.length),
      after: formatNumber(after.deadlineMisses.length),
      better: after.deadlineMisses.length < before.deadlineMisses.length,
    },
    {
      key: 'violations',
      label: t('optimise.compare.violations'),
      before: formatNumber(before.violations),
      after: formatNumber(after.violations),
      better: after.violations < before.violations,
    },
  ];

  return (
    <Paper withBorder p="md" radius="md" data-testid="optimise-result">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={3} size="h4">
            {t('optimise.resultTitle')}
          </Title>
          <Badge variant="light" color={VERDICT_COLORS[verdict]}>
            {gain > 0
              ? t('optimise.gain', { months: t('months', { count: gain }) })
              : gain < 0
                ? t('optimise.loss', { months: t('months', { count: -gain }) })
                : t('optimise.noGain')}
          </Badge>
        </Group>
        {verdict === 'longer' && optimisation.status !== 'applied' && (
          <Alert color="orange" data-testid="optimise-worse">
            {t('optimise.worse')}
          </Alert>
        )}
        {verdict === 'repairs' && optimisation.status !== 'applied' && (
          <Alert color="blue" data-testid="optimise-repairs">
            {t('optimise.repairs')}
          </Alert>
        )}
        <Table.ScrollContainer minWidth={420}>
          <Table verticalSpacing="xs" withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th />
                <Table.Th>{t('optimise.compare.before')}</Table.Th>
                <Table.Th>{t('optimise.compare.after')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.key}>
                  <Table.Th scope="row">{row.label}</Table.Th>
                  <Table.Td data-testid={`optimise-before-${row.key}`}>{row.before}</Table.Td>
                  <Table.Td
                    data-testid={`optimise-after-${row.key}`}
                    fw={row.better ? 700 : undefined}
                    c={row.better ? 'green.8' : undefined}
                  >
                    {row.after}
                  </Table.Td>
                </Table.Tr>
              ))}
              {optimisation.lowerBound !== null && (
                <Table.Tr>
                  <Table.Th scope="row">{t('optimise.compare.lowerBound')}</Table.Th>
                  <Table.Td colSpan={2}>
                    {formatFinish(startMonth, optimisation.lowerBound) ?? '—'} (
                    {t('months', { count: optimisation.lowerBound })})
                    <Text size="xs" c="dimmed" data-testid="optimise-lower-bound-hint">
                      {t('optimise.lowerBoundHint')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <OptimiseHeld optimisation={optimisation} detail={detail} />
        <Text size="sm" fw={600}>
          {t('optimise.changes', { count: changes.length })}
        </Text>
        {changes.length > 0 && (
          <Table.ScrollContainer minWidth={420}>
            <Table verticalSpacing={4} striped data-testid="optimise-changes">
              <Table.Tbody>
                {changes.slice(0, MAX_CHANGES).map((change) => {
                  const item = items.get(change.id);
                  const delta = change.to - change.from;
                  return (
                    <Table.Tr key={change.id}>
                      <Table.Td>
                        <Text size="sm">
                          <bdi>{item ? `${item.code} ${item.name}` : change.id}</bdi>
                        </Text>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <Text size="sm">
                          {t('optimise.moveFromTo', {
                            from: formatMonth(startMonth, change.from),
                            to: formatMonth(startMonth, change.to),
                          })}
                        </Text>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <Text size="sm" c={delta < 0 ? 'green.8' : 'orange.8'}>
                          {delta < 0
                            ? t('optimise.earlier', { months: t('months', { count: -delta }) })
                            : t('optimise.later', { months: t('months', { count: delta }) })}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {changes.length > MAX_CHANGES && (
          <Text size="sm" c="dimmed">
            {t('optimise.moreChanges', { count: changes.length - MAX_CHANGES })}
          </Text>
        )}
        {applyError !== null && applyError !== undefined && (
          <ErrorAlert error={applyError} title={t('optimise.applyFailed')} />
        )}
        {optimisation.status === 'applied' ? (
          <Badge color="green" variant="light">
            {t('optimise.status.applied')}
          </Badge>
        ) : (
          canApply && (
            <Group>
              <Button onClick={() => setConfirming(true)} loading={applying} data-testid="optimise-apply">
                {t('optimise.apply')}
              </Button>
              <Text size="xs" c="dimmed">
                {t('optimise.applyHint')}
              </Text>
            </Group>
          )
        )}
      </Stack>
      <ConfirmModal
        opened={confirming}
        title={t('optimise.confirmTitle')}
        message={t('optimise.confirmMessage', {
          count: changes.length,
          finish: formatFinish(startMonth, after.finishMonth) ?? '—',
        })}
        confirmLabel={t('optimise.confirmApply')}
        busy={applying}
        onConfirm={() => {
          setConfirming(false);
          onApply();
        }}
        onClose={() => setConfirming(false)}
      />
    </Paper>
  );
}
