import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssessmentStatus } from '../../api/assessmentTypes';
import { WHOLE_BADGE_STYLES } from '../../app/wideLayout';

const STATUS_COLORS: Record<AssessmentStatus, string> = {
  draft: 'gray',
  in_review: 'orange',
  validated: 'green',
  published: 'indigo',
};

export function StatusBadge({ status }: { status: AssessmentStatus }) {
  const { t } = useTranslation('assess');
  return (
    <Badge
      color={STATUS_COLORS[status]}
      variant="light"
      styles={WHOLE_BADGE_STYLES}
      data-testid="assessment-status"
    >
      {t(`status.${status}`)}
    </Badge>
  );
}

export function BaselineBadge() {
  const { t } = useTranslation('assess');
  return (
    <Badge color="teal" variant="outline" styles={WHOLE_BADGE_STYLES} data-testid="baseline-badge">
      {t('list.baseline')}
    </Badge>
  );
}
