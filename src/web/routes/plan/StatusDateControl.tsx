import { Badge, Button, Group, Select, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { monthLabel, monthOffset } from '../../../core/planning/portfolio';
import { type Plan, plansApi } from '../../api/plans';
import { ErrorAlert } from '../../app/status';
import { useInvalidatePlans, usePlanPermissions } from './planQueries';
import { usePlanLabels } from './portfolio/usePlanLabels';

/**
 * The month the plan is re-planned from: today unless someone set it. Editors pick another month or go
 * back to today; everyone sees which one it is, since it decides what the optimiser may move.
 */
export function StatusDateControl({ plan }: { plan: Plan }) {
  const { t } = useTranslation('plan');
  const labels = usePlanLabels();
  const { slug, canWrite } = usePlanPermissions();
  const invalidate = useInvalidatePlans(slug);
  const months = useMemo(() => {
    const offset = monthOffset(plan.startMonth, plan.statusDate);
    const first = Math.min(-12, offset);
    const last = Math.max(plan.horizonMonths + 12, offset);
    return Array.from({ length: last - first + 1 }, (_, index) => {
      const value = monthLabel(plan.startMonth, first + index);
      return { value, label: labels.yearMonth(value) };
    });
  }, [plan.startMonth, plan.statusDate, plan.horizonMonths, labels]);

  const save = useMutation({
    mutationFn: (statusDate: string | null) => plansApi.update(slug, plan.id, { statusDate }),
    onSuccess: async ({ plan: saved }) => {
      await invalidate();
      notifications.show({
        color: 'green',
        message: saved.statusDateIsDefault
          ? t('statusDate.savedToday')
          : t('statusDate.saved', { month: labels.yearMonth(saved.statusDate) }),
      });
    },
  });

  const which = plan.statusDateIsDefault ? t('statusDate.isToday') : t('statusDate.isSet');
  return (
    <Group gap="xs" wrap="wrap" data-testid="plan-status-date" data-month={plan.statusDate}>
      <Text size="sm">
        {t('statusDate.label')} {!canWrite && <strong>{labels.yearMonth(plan.statusDate)}</strong>}
      </Text>
      {canWrite && (
        <Select
          size="xs"
          w={140}
          searchable
          allowDeselect={false}
          aria-label={t('statusDate.pick')}
          data={months}
          value={plan.statusDate}
          onChange={(value) => value && value !== plan.statusDate && save.mutate(value)}
          disabled={save.isPending}
          data-testid="plan-status-date-select"
        />
      )}
      <Badge
        size="sm"
        variant="light"
        color={plan.statusDateIsDefault ? 'gray' : 'blue'}
        data-testid="plan-status-date-kind"
      >
        {which}
      </Badge>
      {canWrite && !plan.statusDateIsDefault && (
        <Button
          size="compact-xs"
          variant="subtle"
          onClick={() => save.mutate(null)}
          loading={save.isPending}
          data-testid="plan-status-date-today"
        >
          {t('statusDate.useToday')}
        </Button>
      )}
      <Text size="xs" c="dimmed" w="100%">
        {t('statusDate.help')}
      </Text>
      {save.isError && <ErrorAlert error={save.error} title={t('statusDate.failed')} />}
    </Group>
  );
}
