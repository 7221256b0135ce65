import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanStatus } from '../../../core/planning/portfolio';
import { WHOLE_BADGE_STYLES } from '../../app/wideLayout';

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const { t } = useTranslation('plan');
  return (
    <Badge
      variant="light"
      color={status === 'approved' ? 'green' : 'gray'}
      data-testid="plan-status"
      styles={WHOLE_BADGE_STYLES}
    >
      {t(`status.${status}`)}
    </Badge>
  );
}

export function ScenarioBadge() {
  const { t } = useTranslation('plan');
  return (
    <Badge variant="outline" color="violet" styles={WHOLE_BADGE_STYLES}>
      {t('scenario')}
    </Badge>
  );
}
