import { Badge, Button, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Optimisation } from '../../../api/plans';
import { formatDateTime, formatNumber } from '../../../app/format';
import { formatFinish } from '../planFormat';

export const STATUS_COLORS: Record<Optimisation['status'], string> = {
  running: 'blue',
  done: 'teal',
  failed: 'red',
  cancelled: 'gray',
  applied: 'green',
};

/** The plan's earlier optimisation runs; any of them can be opened again. */
export function OptimiseHistory(props: {
  runs: Optimisation[];
  startMonth: string;
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation('plan');
  if (props.runs.length === 0) return null;
  return (
    <>
      <Title order={3} size="h4">
        {t('optimise.history')}
      </Title>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="xs" striped data-testid="optimise-history">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('optimise.started')}</Table.Th>
              <Table.Th>{t('optimise.objective')}</Table.Th>
              <Table.Th>{t('optimise.schedules')}</Table.Th>
              <Table.Th>{t('optimise.statusLabel')}</Table.Th>
              <Table.Th>{t('optimise.compare.finish')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.runs.map((run) => (
              <Table.Tr key={run.id} bg={run.id === props.selectedId ? 'blue.0' : undefined}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">{formatDateTime(run.createdAt)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {t(
                      run.objective === 'makespan'
                        ? 'optimise.objectives.makespan'
                        : 'optimise.objectives.weighted',
                    )}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {formatNumber(run.schedules)} / {formatNumber(run.scheduleBudget)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={STATUS_COLORS[run.status]}>
                    {t(`optimise.status.${run.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">
                    {run.before && run.after
                      ? t('optimise.fromTo', {
                          from: formatFinish(props.startMonth, run.before.finishMonth) ?? '—',
                          to: formatFinish(props.startMonth, run.after.finishMonth) ?? '—',
                        })
                      : '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {run.id !== props.selectedId && (
                    <Button size="compact-xs" variant="subtle" onClick={() => props.onSelect(run.id)}>
                      {t('optimise.view')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
