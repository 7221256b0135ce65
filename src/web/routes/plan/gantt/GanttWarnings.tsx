import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PhaseWarning } from '../../../../core/planning/phases';
import type { PlanItemData } from '../../../../core/planning/types';
import { formatMonth } from '../planFormat';

/** What the phases promise and the schedule does not keep: shown beside the check, never blocking. */
export function GanttWarnings(props: {
  warnings: PhaseWarning[];
  items: Map<string, PlanItemData>;
  startMonth: string;
}) {
  const { t } = useTranslation('plan');
  const { warnings, items, startMonth } = props;
  if (warnings.length === 0) return null;
  const name = (id: string) => {
    const item = items.get(id);
    return item ? `${item.code} ${item.name}` : id;
  };
  const text = (warning: PhaseWarning) =>
    warning.kind === 'quick_impact_late'
      ? t('warnings.quickImpactLate', {
          item: name(warning.itemIds[0]),
          start: formatMonth(startMonth, warning.start),
          months: t('months', { count: warning.limit }),
          last: formatMonth(startMonth, warning.limit - 1),
        })
      : t('warnings.consolidationBeforeMain', {
          activity: name(warning.itemIds[0]),
          start: formatMonth(startMonth, warning.start),
          main: name(warning.itemIds[1]),
          mainStart: formatMonth(startMonth, warning.mainStart),
        });
  return (
    <Alert
      color="yellow"
      title={t('warnings.title', { count: warnings.length })}
      data-testid="gantt-warnings"
      aria-live="polite"
    >
      <List size="sm" spacing={4}>
        {warnings.map((warning) => (
          <List.Item key={`${warning.kind}:${warning.itemIds.join(':')}`}>{text(warning)}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
