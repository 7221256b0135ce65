import { Alert, Button, Group, SegmentedControl, Stack, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanData } from '../../../../core/planning/types';
import { type PlanDetail, plansApi } from '../../../api/plans';
import { ErrorAlert } from '../../../app/status';
import { formatFinish, formatMonth } from '../planFormat';
import { useInvalidatePlans, usePlanPermissions } from '../planQueries';
import { GanttChart } from './GanttChart';
import { GanttLegend } from './GanttLegend';
import { GanttViolations } from './GanttViolations';
import { GanttWarnings } from './GanttWarnings';
import { layoutGantt, type Zoom } from './ganttLayout';
import { InfeasibilityAlert } from './InfeasibilityAlert';
import { checkEditedSchedule } from './scheduleCheck';

/** Every scheduled activity's start, as the schedule endpoint takes it. */
function startsOf(plan: PlanData): Record<string, number> {
  const starts: Record<string, number> = {};
  for (const item of plan.items)
    if (item.kind === 'activity' && item.startMonth !== null) starts[item.id] = item.startMonth;
  return starts;
}

interface GanttTabProps {
  detail: PlanDetail;
  /** Unsaved moves (activity id → start month), kept by the plan page so they survive a change of tab. */
  edits: Record<string, number>;
  onEditsChange: (edits: Record<string, number>) => void;
  onOptimise: () => void;
}

export function GanttTab({ detail, edits, onEditsChange, onOptimise }: GanttTabProps) {
  const { t } = useTranslation('plan');
  const { slug, canWrite } = usePlanPermissions();
  const invalidate = useInvalidatePlans(slug);
  const [zoom, setZoom] = useState<Zoom>('month');
  const [showCritical, setShowCritical] = useState(true);
  /** Why the last move was refused (or held at the status date), until the next accepted one. */
  const [refusal, setRefusal] = useState<string | null>(null);
  const { plan } = detail;
  const checked = useMemo(() => checkEditedSchedule(detail, edits), [detail, edits]);
  const layout = useMemo(
    () => layoutGantt(checked.plan.items, checked.spans, { horizonMonths: plan.horizonMonths, zoom }),
    [checked, plan.horizonMonths, zoom],
  );
  const items = useMemo(() => new Map(checked.plan.items.map((item) => [item.id, item])), [checked]);
  const moved = useMemo(() => new Set(Object.keys(edits)), [edits]);
  const unsaved = moved.size > 0;
  const notScheduled = detail.items
    .filter((item) => item.kind === 'activity' && item.startMonth === null && !(item.id in edits))
    .map((item) => item.code);

  const save = useMutation({
    mutationFn: () => plansApi.setSchedule(slug, plan.id, startsOf(checked.plan)),
    onSuccess: async ({ analysis }) => {
      onEditsChange({});
      await invalidate();
      notifications.show(
        analysis.violations.length > 0
          ? {
              color: 'orange',
              message: t('gantt.savedWithViolations', { count: analysis.violations.length }),
            }
          : { color: 'green', message: t('gantt.saved') },
      );
    },
  });

  const refusalOf = (itemId: string, start: number): { text: string; start: number | null } | null => {
    const item = items.get(itemId);
    const activity = item ? `${item.code} ${item.name}` : itemId;
    const held = checked.held.get(itemId);
    if (held)
      return {
        text: t(held.state === 'finished' ? 'gantt.refuseFinished' : 'gantt.refuseStarted', {
          activity,
          month: formatMonth(plan.startMonth, held.start),
        }),
        start: null,
      };
    const status = checked.statusMonth;
    if (status === null || start >= status) return null;
    // not started: it may come as close as the status date, not before it
    return {
      text: t('gantt.refuseBeforeStatus', { activity, month: formatMonth(plan.startMonth, status) }),
      start: status,
    };
  };

  const move = (itemId: string, wanted: number) => {
    const refused = refusalOf(itemId, wanted);
    setRefusal(refused?.text ?? null);
    const start = refused ? refused.start : wanted;
    const current = items.get(itemId)?.startMonth ?? null;
    if (start === null || start === current) return;
    const original = detail.items.find((item) => item.id === itemId)?.startMonth ?? null;
    const next = { ...edits };
    if (start === original) delete next[itemId];
    else next[itemId] = start;
    save.reset();
    onEditsChange(next);
  };

  const activityCount = detail.items.filter((item) => item.kind === 'activity').length;
  if (activityCount === 0) return <Text c="dimmed">{t('gantt.empty')}</Text>;

  return (
    <Stack gap="sm">
      <Group justify="space-between" gap="sm">
        <Group gap="md">
          <SegmentedControl
            size="xs"
            aria-label={t('gantt.zoom')}
            value={zoom}
            onChange={(value) => setZoom(value === 'quarter' ? 'quarter' : 'month')}
            data={[
              { value: 'month', label: t('gantt.zoomMonths') },
              { value: 'quarter', label: t('gantt.zoomQuarters') },
            ]}
          />
          <Switch
            size="sm"
            checked={showCritical}
            onChange={(event) => setShowCritical(event.currentTarget.checked)}
            label={t('gantt.showCritical')}
            data-testid="gantt-critical-toggle"
          />
        </Group>
        <Group gap="xs">
          {unsaved && (
            <>
              <Text size="sm" c="orange.8" aria-live="polite" data-testid="gantt-unsaved">
                {t('gantt.unsaved', { count: moved.size })}
              </Text>
              <Button
                size="xs"
                variant="default"
                onClick={() => {
                  save.reset();
                  setRefusal(null);
                  onEditsChange({});
                }}
                disabled={save.isPending}
                data-testid="gantt-discard"
              >
                {t('gantt.discard')}
              </Button>
              <Button
                size="xs"
                onClick={() => save.mutate()}
                loading={save.isPending}
                data-testid="gantt-save"
              >
                {t('gantt.save')}
              </Button>
            </>
          )}
          {canWrite && (
            <Button size="xs" variant="light" onClick={onOptimise} data-testid="gantt-optimise">
              {t('gantt.optimise')}
            </Button>
          )}
        </Group>
      </Group>
      {canWrite && (
        <Text size="xs" c="dimmed">
          {t('gantt.moveHint')}
        </Text>
      )}
      {unsaved && (
        <Text size="sm" data-testid="gantt-edited-finish">
          {t('gantt.editedFinish', {
            finish: formatFinish(plan.startMonth, checked.finish) ?? '—',
            months: t('months', { count: checked.finish }),
            saved: formatFinish(plan.startMonth, detail.analysis.finishMonth) ?? '—',
          })}
        </Text>
      )}
      {save.isError && <ErrorAlert error={save.error} title={t('gantt.saveFailed')} />}
      {refusal && (
        <Alert
          color="blue"
          withCloseButton
          closeButtonLabel={t('gantt.dismiss')}
          onClose={() => setRefusal(null)}
          data-testid="gantt-refused"
          role="status"
        >
          {refusal}
        </Alert>
      )}
      {notScheduled.length > 0 && (
        <Alert color="orange" data-testid="gantt-not-scheduled">
          {t('gantt.notScheduledList', { codes: notScheduled.join(', ') })}
        </Alert>
      )}
      {detail.analysis.infeasibility && (
        <InfeasibilityAlert detail={detail} infeasibility={detail.analysis.infeasibility} />
      )}
      <GanttViolations
        problems={checked.problems}
        items={items}
        resources={detail.resources}
        startMonth={plan.startMonth}
        unsaved={unsaved}
      />
      <GanttWarnings warnings={checked.warnings} items={items} startMonth={plan.startMonth} />
      <GanttChart
        layout={layout}
        dependencies={detail.dependencies}
        startMonth={plan.startMonth}
        zoom={zoom}
        critical={checked.critical}
        showCritical={showCritical}
        moved={moved}
        statusMonth={checked.statusMonth}
        held={checked.held}
        onMove={canWrite ? move : undefined}
      />
      <GanttLegend showCritical={showCritical} />
    </Stack>
  );
}
