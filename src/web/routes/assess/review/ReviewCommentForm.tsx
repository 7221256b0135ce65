import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assessApi } from '../../../api/assessments';
import { useRefreshAssessment } from '../assessQueries';
import { useErrorText } from '../useErrorText';

interface ReviewCommentFormProps {
  slug: string;
  assessmentId: string;
  itemId: string;
  itemCode: string;
}

export function ReviewCommentForm({ slug, assessmentId, itemId, itemCode }: ReviewCommentFormProps) {
  const { t } = useTranslation('assess');
  const errorMessage = useErrorText();
  const refresh = useRefreshAssessment(slug, assessmentId);
  const [body, setBody] = useState('');
  const add = useMutation({
    mutationFn: () => assessApi.addReviewComment(slug, assessmentId, itemId, body.trim()),
    onSuccess: async () => {
      setBody('');
      await refresh();
    },
  });

  return (
    <form
      data-testid="review-comment-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (body.trim()) add.mutate();
      }}
    >
      <Stack gap={6}>
        <Textarea
          label={t('review.comment', { code: itemCode })}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={5000}
        />
        {add.isError && (
          <Text size="sm" c="red" role="alert">
            {errorMessage(add.error)}
          </Text>
        )}
        <Group justify="flex-end">
          <Button type="submit" size="xs" disabled={!body.trim()} loading={add.isPending}>
            {t('review.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
