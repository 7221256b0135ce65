import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IndicatorStatus } from '../../../../core/indicators/types';
import { WHOLE_BADGE_STYLES } from '../../../app/wideLayout';

export const STATUS_COLORS: Record<IndicatorStatus, string> = {
  on_track: 'green',
  at_risk: 'yellow',
  off_track: 'red',
  no_data: 'gray',
};

/** An indicator's status in colour and in words (the colour never carries it alone). */
export function StatusBadge({ status }: { status: IndicatorStatus }) {
  const { t } = useTranslation(['monitoringReview']);
  return (
    <Badge
      color={STATUS_COLORS[status]}
      variant={status === 'no_data' ? 'outline' : 'light'}
      styles={WHOLE_BADGE_STYLES}
    >
      {t(`status.${status}`)}
    </Badge>
  );
}

/** A figure in the reader's digits, or a dash when there is none. */
export function formatFigure(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value);
}
