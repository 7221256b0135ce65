import { Alert, Stack, Switch, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listItems } from '../../../../core/frameworks/structure';
import type { AssessmentDetail } from '../../../api/assessmentTypes';
import type { Standing } from '../assessment/standing';
import { groupBy } from '../scoring/scoringContext';
import { ReviewItem } from './ReviewItem';

interface ReviewPanelProps {
  slug: string;
  detail: AssessmentDetail;
  standing: Standing;
}

/** Peer review: reviewers comment per item while the assessment is in review; the team resolves. */
export function ReviewPanel({ slug, detail, standing }: ReviewPanelProps) {
  const { t } = useTranslation('assess');
  const [onlyCommented, setOnlyCommented] = useState(!standing.canComment);
  const items = useMemo(() => listItems(detail.framework).map(({ item }) => item), [detail.framework]);
  const comments = useMemo(() => groupBy(detail.reviewComments, (comment) => comment.itemId), [detail]);
  const answers = useMemo(() => groupBy(detail.answers, (answer) => answer.itemId), [detail]);
  const names = useMemo(() => new Map(detail.team.map((member) => [member.userId, member.name])), [detail]);
  const open = detail.reviewComments.filter((comment) => !comment.resolved).length;
  const shown = onlyCommented ? items.filter((item) => comments.has(item.id)) : items;

  return (
    <Stack gap="sm">
      <Alert color={open > 0 ? 'orange' : 'gray'} data-testid="review-summary">
        {t('review.summary', { total: detail.reviewComments.length, open })}{' '}
        {t(standing.canComment ? 'review.introReviewer' : 'review.introOthers')}
      </Alert>
      <Switch
        label={t('review.onlyCommented')}
        checked={onlyCommented}
        onChange={(event) => setOnlyCommented(event.currentTarget.checked)}
      />
      {shown.length === 0 && <Text c="dimmed">{t('review.none')}</Text>}
      {shown.map((item) => (
        <ReviewItem
          key={item.id}
          slug={slug}
          assessmentId={detail.assessment.id}
          framework={detail.framework}
          item={item}
          answers={answers.get(item.id) ?? []}
          comments={comments.get(item.id) ?? []}
          names={names}
          standing={standing}
        />
      ))}
    </Stack>
  );
}
