import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssessmentStatus } from '../../api/assessmentTypes';

const STATUS_COLORS: Record<AssessmentStatus, string> = {
  draft: 'gray',
  in_review: 'orange',
  validated: 'green',
  published: 'indigo',
};

/** Badges keep their whole label, even in a narrow table column. */
const NO_SHRINK = { flexShrink: 0, minWidth: 'max-content' };

export function StatusBadge({ status }: { status: AssessmentStatus }) {
  const { t } = useTranslation('assess');
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" style={NO_SHRINK} data-testid="assessment-status">
      {t(`status.${status}`)}
    </Badge>
  );
}

export function BaselineBadge() {
  const { t } = useTranslation('assess');
  return (
    <Badge color="teal" variant="outline" style={NO_SHRINK} data-testid="baseline-badge">
      {t('list.baseline')}
    </Badge>
  );
}
