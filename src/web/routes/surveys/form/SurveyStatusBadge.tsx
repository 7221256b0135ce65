import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SurveyStatus } from '../surveysApi';

const COLORS: Record<SurveyStatus, string> = { draft: 'gray', open: 'teal', closed: 'orange' };

export function SurveyStatusBadge({ status }: { status: SurveyStatus }) {
  const { t } = useTranslation(['surveys']);
  return (
    <Badge color={COLORS[status]} variant="light" data-testid="survey-status">
      {t(`status.${status}`)}
    </Badge>
  );
}
