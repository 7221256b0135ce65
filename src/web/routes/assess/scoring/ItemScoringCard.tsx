import { Button, Flex, Group, Paper, Select, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { itemLevels } from '../../../../core/frameworks/structure';
import type { Item } from '../../../../core/frameworks/types';
import { assessApi } from '../../../api/assessments';
import type { Confidence } from '../../../api/assessmentTypes';
import { ShownText } from '../../../app/ShownText';
import { useRefreshAssessment } from '../assessQueries';
import { useAssessLabels } from '../useAssessLabels';
import { useErrorText } from '../useErrorText';
import { answerToChoice, choiceToAnswer, useAnswerText } from './answerText';
import { EvidenceSection } from './EvidenceSection';
import { OtherAnswers } from './OtherAnswers';
import { RubricChoice } from './RubricChoice';
import type { ScoringContext } from './scoringContext';

const STATE_COLORS = { saved: 'green', unsaved: 'orange', unanswered: 'dimmed' } as const;

/** One item: the user's answer (editable while they may score), the others' answers, the evidence. */
export function ItemScoringCard({ ctx, item }: { ctx: ScoringContext; item: Item }) {
  const { t } = useTranslation('assess');
  const labels = useAssessLabels();
  const errorMessage = useErrorText();
  const answerText = useAnswerText(ctx.framework);
  const refresh = useRefreshAssessment(ctx.slug, ctx.assessmentId);
  const mine = ctx.mine.get(item.id);
  const [choice, setChoice] = useState(answerToChoice(mine?.answer));
  const [confidence, setConfidence] = useState<string | null>(mine?.confidence ?? null);
  const [comment, setComment] = useState(mine?.comment ?? '');
  const save = useMutation({
    mutationFn: (answer: string) =>
      assessApi.saveAnswer(ctx.slug, ctx.assessmentId, item.id, {
        answer: choiceToAnswer(answer),
        confidence: (confidence as Confidence | null) ?? null,
        comment: comment.trim() || null,
      }),
    onSuccess: () => refresh(),
  });
  const dirty =
    choice !== answerToChoice(mine?.answer) ||
    confidence !== (mine?.confidence ?? null) ||
    comment.trim() !== (mine?.comment ?? '');
  const state = dirty ? 'unsaved' : mine ? 'saved' : 'unanswered';
  const others = ctx.others.get(item.id) ?? [];

  return (
    <Paper withBorder radius="md" p="sm" data-testid={`item-${item.id}`}>
      <Stack gap="sm">
        <div>
          <Text size="sm" fw={700} span>
            {item.code}{' '}
          </Text>
          <Text size="sm" span>
            <bdi>
              <ShownText shown={labels.shownText(item.text)} />
            </bdi>
          </Text>
          {item.guidance && (
            <Text size="xs" c="dimmed" mt={4}>
              <bdi>
                <ShownText shown={labels.shownText(item.guidance)} />
              </bdi>
            </Text>
          )}
        </div>
        {ctx.standing.canScore ? (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (choice) save.mutate(choice);
            }}
          >
            <Stack gap="sm">
              <RubricChoice
                itemCode={item.code}
                levels={itemLevels(ctx.framework, item)}
                value={choice}
                onChange={setChoice}
              />
              <Flex direction={{ base: 'column', sm: 'row' }} gap="sm">
                <Select
                  label={t('scoring.confidence')}
                  data={labels.confidenceOptions()}
                  value={confidence}
                  onChange={setConfidence}
                  placeholder={t('scoring.noConfidence')}
                  clearable
                  w={{ base: '100%', sm: 200 }}
                />
                <Textarea
                  label={t('scoring.comment')}
                  value={comment}
                  onChange={(event) => setComment(event.currentTarget.value)}
                  autosize
                  minRows={1}
                  maxLength={5000}
                  style={{ flex: 1 }}
                />
              </Flex>
              <Group gap="sm">
                <Button type="submit" size="xs" disabled={!choice || !dirty} loading={save.isPending}>
                  {t('scoring.save')}
                </Button>
                <Text size="sm" c={STATE_COLORS[state]} data-testid="item-state" aria-live="polite">
                  {t(`scoring.state.${state}`)}
                </Text>
              </Group>
              {save.isError && (
                <Text size="sm" c="red" role="alert">
                  {errorMessage(save.error)}
                </Text>
              )}
            </Stack>
          </form>
        ) : (
          mine && (
            <Text size="sm">
              <Text span fw={600}>
                {t('scoring.yourAnswer')}{' '}
              </Text>
              {answerText(item, mine.answer)}
            </Text>
          )
        )}
        <OtherAnswers
          framework={ctx.framework}
          item={item}
          answers={others}
          names={ctx.names}
          title={t(mine || ctx.standing.canScore ? 'scoring.otherAnswers' : 'scoring.answers')}
        />
        <EvidenceSection ctx={ctx} itemId={item.id} itemCode={item.code} />
      </Stack>
    </Paper>
  );
}
