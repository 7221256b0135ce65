import { Badge, Button, NumberInput, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityStatus } from '../../../../core/planning/portfolio';
import { type PlanItem, type PlanTracking, plansApi } from '../../../api/plans';
import { STICKY_FIRST_CELL, WHOLE_BADGE_STYLES } from '../../../app/wideLayout';
import { useErrorText } from '../../assess/useErrorText';
import { useInvalidatePlans } from '../planQueries';
import { RAG_COLORS, usePlanLabels } from '../portfolio/usePlanLabels';

interface ActivityProgressRowProps {
  slug: string;
  planId: string;
  row: PlanTracking['activities'][number];
  item: PlanItem | null;
  canWrite: boolean;
}

/** One activity's progress: read-only, or a draft of status, % complete and actual dates saved together. */
export function ActivityProgressRow({ slug, planId, row, item, canWrite }: ActivityProgressRowProps) {
  const { t } = useTranslation('portfolio');
  const labels = usePlanLabels();
  const errorMessage = useErrorText();
  const invalidate = useInvalidatePlans(slug);
  const [status, setStatus] = useState<ActivityStatus>(row.status);
  const [percent, setPercent] = useState<number>(row.percentComplete);
  const [actualStart, setActualStart] = useState(item?.actualStart ?? '');
  const [actualFinish, setActualFinish] = useState(item?.actualFinish ?? '');
  const dirty =
    status !== row.status ||
    percent !== row.percentComplete ||
    actualStart !== (item?.actualStart ?? '') ||
    actualFinish !== (item?.actualFinish ?? '');
  const datesInOrder = actualStart === '' || actualFinish === '' || actualStart <= actualFinish;

  const save = useMutation({
    mutationFn: () =>
      plansApi.updateItem(slug, planId, row.itemId, {
        status,
        percentComplete: percent,
        actualStart: actualStart || null,
        actualFinish: actualFinish || null,
      }),
    onSuccess: () => invalidate(),
  });

  const slip =
    row.slippage === null ? (
      <Text size="sm" c="dimmed">
        {t('tracking.noBaselineShort')}
      </Text>
    ) : row.slippage === 0 ? (
      <Text size="sm">{t('tracking.onTime')}</Text>
    ) : (
      <Badge color={row.slippage >= 3 ? 'red' : 'yellow'} variant="light" styles={WHOLE_BADGE_STYLES}>
        {t('tracking.late', { count: row.slippage })}
      </Badge>
    );

  const name = `${row.code} · ${row.name}`;
  return (
    <Table.Tr data-testid="tracking-row">
      <Table.Td style={STICKY_FIRST_CELL}>
        <Text size="sm">
          <bdi>{row.code}</bdi> · <bdi>{row.name}</bdi>
        </Text>
      </Table.Td>
      <Table.Td>
        <Badge variant="dot" color={RAG_COLORS[row.rag]} size="sm" styles={WHOLE_BADGE_STYLES}>
          {labels.rag(row.rag)}
        </Badge>
      </Table.Td>
      <Table.Td>
        {canWrite ? (
          <Select
            aria-label={t('tracking.statusOf', { name })}
            data={labels.statusOptions()}
            value={status}
            onChange={(value) => {
              if (!value) return;
              setStatus(value as ActivityStatus);
              if (value === 'done') setPercent(100);
            }}
            allowDeselect={false}
            size="xs"
            w={140}
          />
        ) : (
          <Text size="sm">{labels.status(row.status)}</Text>
        )}
      </Table.Td>
      <Table.Td>
        {canWrite ? (
          <NumberInput
            aria-label={t('tracking.percentOf', { name })}
            value={percent}
            onChange={(value) => setPercent(Math.max(0, Math.min(100, Math.round(Number(value) || 0))))}
            min={0}
            max={100}
            step={5}
            suffix="%"
            allowDecimal={false}
            size="xs"
            w={84}
          />
        ) : (
          <Text size="sm">{t('tracking.percentValue', { value: labels.number(row.percentComplete) })}</Text>
        )}
      </Table.Td>
      <Table.Td>{slip}</Table.Td>
      <Table.Td>
        {canWrite ? (
          <TextInput
            type="date"
            aria-label={t('tracking.actualStartOf', { name })}
            value={actualStart}
            onChange={(event) => setActualStart(event.currentTarget.value)}
            size="xs"
            w={150}
          />
        ) : (
          <Text size="sm">{labels.date(item?.actualStart ?? null)}</Text>
        )}
      </Table.Td>
      <Table.Td>
        {canWrite ? (
          <TextInput
            type="date"
            aria-label={t('tracking.actualFinishOf', { name })}
            value={actualFinish}
            onChange={(event) => setActualFinish(event.currentTarget.value)}
            error={datesInOrder ? undefined : t('tracking.finishBeforeStart')}
            size="xs"
            w={150}
          />
        ) : (
          <Text size="sm">{labels.date(item?.actualFinish ?? null)}</Text>
        )}
      </Table.Td>
      {canWrite && (
        <Table.Td>
          <Stack gap={2}>
            <Button
              size="compact-xs"
              disabled={!dirty || !datesInOrder}
              loading={save.isPending}
              onClick={() => save.mutate()}
              aria-label={t('tracking.saveNamed', { name })}
              data-testid="tracking-save"
            >
              {t('form.save')}
            </Button>
            {save.isError && (
              <Text size="xs" c="red" role="alert" maw={200}>
                {errorMessage(save.error)}
              </Text>
            )}
          </Stack>
        </Table.Td>
      )}
    </Table.Tr>
  );
}
