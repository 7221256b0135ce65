import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Item } from '../../../../core/frameworks/types';
import type { Framework, RecordedAnswer } from '../../../api/assessmentTypes';
import { useAssessLabels } from '../useAssessLabels';
import { useAnswerText } from './answerText';

interface OtherAnswersProps {
  framework: Framework;
  item: Item;
  answers: RecordedAnswer[];
  names: Map<string, string>;
  title: string;
}

/** Answers recorded by assessors other than the user, read-only. */
export function OtherAnswers({ framework, item, answers, names, title }: OtherAnswersProps) {
  const { t } = useTranslation('assess');
  const labels = useAssessLabels();
  const answerText = useAnswerText(framework);
  if (answers.length === 0) return null;
  return (
    <div data-testid="other-answers">
      <Text size="sm" fw={600}>
        {title}
      </Text>
      <List size="sm" spacing={2}>
        {answers.map((answer) => (
          <List.Item key={answer.assessorId}>
            <Text span size="sm" fw={500}>
              <bdi>{names.get(answer.assessorId) ?? t('scoring.formerMember')}</bdi>
            </Text>
            {': '}
            <bdi>{answerText(item, answer.answer)}</bdi>
            {answer.confidence && (
              <Text span size="xs" c="dimmed">
                {' '}
                ({t('scoring.confidenceIs', { level: labels.confidence(answer.confidence) })})
              </Text>
            )}
            {answer.comment && (
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                {answer.comment}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
    </div>
  );
}
