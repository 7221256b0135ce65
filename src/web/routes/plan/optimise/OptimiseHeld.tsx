import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Optimisation, PlanDetail } from '../../../api/plans';
import { formatFinish, formatMonth } from '../planFormat';
import { usePlanLabels } from '../portfolio/usePlanLabels';

/** What a run re-planned from: its status date, and the activities it held (finished ones, started ones). */
export function OptimiseHeld({ optimisation, detail }: { optimisation: Optimisation; detail: PlanDetail }) {
  const { t } = useTranslation('plan');
  const labels = usePlanLabels();
  const startMonth = detail.plan.startMonth;
  const items = new Map(detail.items.map((item) => [item.id, item]));
  if (optimisation.statusDate === null) return null;
  const name = (id: string, code: string) => {
    const item = items.get(id);
    return item ? `${item.code} ${item.name}` : code;
  };
  return (
    <div data-testid="optimise-held">
      <Text size="sm">
        {t('optimise.held.statusDate', { month: labels.yearMonth(optimisation.statusDate) })}{' '}
        {optimisation.held.length === 0
          ? t('optimise.held.none')
          : t('optimise.held.some', { count: optimisation.held.length })}
      </Text>
      {optimisation.held.length > 0 && (
        <List size="sm" spacing={2} mt={4}>
          {optimisation.held.map((held) => (
            <List.Item key={held.itemId}>
              <bdi>{name(held.itemId, held.code)}</bdi>
              {' — '}
              {held.state === 'finished'
                ? t('optimise.held.finished', {
                    from: formatMonth(startMonth, held.start),
                    to: formatFinish(startMonth, held.finish) ?? '—',
                  })
                : t('optimise.held.started', {
                    from: formatMonth(startMonth, held.start),
                    to: formatFinish(startMonth, held.finish) ?? '—',
                  })}
            </List.Item>
          ))}
        </List>
      )}
    </div>
  );
}
