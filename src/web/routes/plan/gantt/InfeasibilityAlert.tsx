import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../api/plans';
import { formatNumber } from '../../../app/format';
import { formatMonth } from '../planFormat';

type Infeasibility = NonNullable<PlanDetail['analysis']['infeasibility']>;

/** Why no schedule exists, worded in the reader's language from the analysis's fields. */
export function InfeasibilityAlert({
  detail,
  infeasibility,
}: {
  detail: PlanDetail;
  infeasibility: Infeasibility;
}) {
  const { t } = useTranslation('plan');
  const itemName = (id: string) => {
    const item = detail.items.find((candidate) => candidate.id === id);
    return item ? `${item.code} ${item.name}` : id;
  };
  const { capacity } = infeasibility;
  let reason: string;
  if (infeasibility.kind === 'cycle' && infeasibility.itemIds.length > 0) {
    const codes = infeasibility.itemIds.map((id) => detail.items.find((item) => item.id === id)?.code ?? id);
    reason = t('gantt.infeasibleCycle', { chain: [...codes, codes[0]].join(' → ') });
  } else if (infeasibility.kind === 'capacity' && capacity && infeasibility.itemIds.length > 0) {
    const resource = detail.resources.find((candidate) => candidate.id === capacity.resourceId);
    reason = t('gantt.infeasibleCapacity', {
      item: itemName(infeasibility.itemIds[0]),
      resource: resource?.name ?? capacity.resourceId,
      month: formatMonth(detail.plan.startMonth, capacity.month),
      need: formatNumber(capacity.need),
      available: formatNumber(capacity.available),
    });
  } else {
    reason = t('gantt.infeasibleOther');
  }
  return (
    <Alert color="red" title={t('gantt.infeasible')} data-testid="gantt-infeasible">
      {reason}
    </Alert>
  );
}
