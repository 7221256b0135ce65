import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Item } from '../../../../core/frameworks/types';
import { assessApi } from '../../../api/assessments';
import type { Framework, RecordedAnswer, ReviewComment } from '../../../api/assessmentTypes';
import { formatDateTime } from '../../../app/format';
import type { Standing } from '../assessment/standing';
import { useRefreshAssessment } from '../assessQueries';
import { useAnswerText } from '../scoring/answerText';
import { useAssessLabels } from '../useAssessLabels';
import { useErrorText } from '../useErrorText';
import { ReviewCommentForm } from './ReviewCommentForm';

interface ReviewItemProps {
  slug: string;
  assessmentId: string;
  framework: Framework;
  item: Item;
  answers: RecordedAnswer[];
  comments: ReviewComment[];
  names: Map<string, string>;
  standing: Standing;
}

/** One item under review: what the assessors answered, the reviewers' comments, and their resolution. */
export function ReviewItem(props: ReviewItemProps) {
  const { slug, assessmentId, framework, item, answers, comments, names, standing } = props;
  const { t } = useTranslation('assess');
  const labels = useAssessLabels();
  const errorMessage = useErrorText();
  const answerText = useAnswerText(framework);
  const refresh = useRefreshAssessment(slug, assessmentId);
  const resolve = useMutation({
    mutationFn: (comment: ReviewComment) =>
      assessApi.resolveReviewComment(slug, assessmentId, comment.id, !comment.resolved),
    onSuccess: () => refresh(),
  });

  return (
    <Paper withBorder radius="md" p="sm" data-testid={`review-item-${item.id}`}>
      <Stack gap="xs">
        <Text size="sm">
          <Text span fw={700}>
            {item.code}{' '}
          </Text>
          <bdi>{labels.text(item.text)}</bdi>
        </Text>
        <Text size="xs" c="dimmed">
          {answers.length === 0
            ? t('review.noAnswers')
            : answers
                .map(
                  (answer) =>
                    `${labels.isolate(names.get(answer.assessorId) ?? '?')}: ${labels.isolate(answerText(item, answer.answer))}`,
                )
                .join(' · ')}
        </Text>
        {comments.map((comment) => (
          <Paper
            key={comment.id}
            bg="var(--mantine-color-gray-0)"
            p="xs"
            radius="sm"
            data-testid="review-comment"
          >
            <Group justify="space-between" gap="xs" align="flex-start">
              <Text size="xs" c="dimmed">
                {t('review.by', {
                  name: labels.isolate(comment.reviewer.name),
                  date: formatDateTime(comment.createdAt),
                })}
              </Text>
              <Badge size="sm" variant="light" color={comment.resolved ? 'green' : 'orange'}>
                {t(comment.resolved ? 'review.resolved' : 'review.open')}
              </Badge>
            </Group>
            <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {comment.body}
            </Text>
            {standing.canResolve && (
              <Button
                mt={4}
                size="compact-xs"
                variant="subtle"
                loading={resolve.isPending && resolve.variables?.id === comment.id}
                onClick={() => resolve.mutate(comment)}
                data-testid="resolve-comment"
              >
                {t(comment.resolved ? 'review.reopen' : 'review.markResolved')}
              </Button>
            )}
          </Paper>
        ))}
        {resolve.isError && (
          <Text size="sm" c="red" role="alert">
            {errorMessage(resolve.error)}
          </Text>
        )}
        {standing.canComment && (
          <ReviewCommentForm slug={slug} assessmentId={assessmentId} itemId={item.id} itemCode={item.code} />
        )}
      </Stack>
    </Paper>
  );
}
