import { Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers, SurveyForm } from '../../../../core/survey/types';
import { ProblemSummary } from '../renderer/ProblemSummary';
import { submittedAnswers, useFormStateView } from '../renderer/runtimeView';
import { SurveyFormView } from '../renderer/SurveyFormView';
import type { Draft } from './offlineStore';
import { collectStore, notifyChanged, sendNow } from './outboxSender';

const AUTOSAVE_MS = 500;

export interface FillFormProps {
  form: SurveyForm;
  today: string;
  language: string;
  draft: Draft;
  postPath: string;
  /** The draft was finished (it is in the outbox) or put aside. */
  onClose(outcome: 'finished' | 'saved'): void;
  /** The public page has no "save and close": a respondent just leaves and comes back. */
  canSaveAndClose: boolean;
}

/**
 * One response being filled: answers autosave to the device as they change; Finish checks them with
 * the form runtime, moves the draft to the outbox (same id) and asks the sender to try at once.
 */
export function FillForm(props: FillFormProps) {
  const { form, today, language, draft, postPath, onClose, canSaveAndClose } = props;
  const { t } = useTranslation('surveyCollect');
  const [answers, setAnswers] = useState<Answers>(draft.answers);
  const [showAll, setShowAll] = useState(false);
  const state = useFormStateView(form, answers, today);
  const saved = useRef(draft.answers);
  // once finished, a pending autosave must not bring the draft back beside its outbox item
  const finished = useRef(false);

  // debounced autosave of the kept answers (hidden questions lose their value, as in ODK)
  useEffect(() => {
    if (state.answers === saved.current) return;
    const timer = setTimeout(() => {
      if (finished.current) return;
      saved.current = state.answers;
      void collectStore
        .putDraft({ ...draft, answers: state.answers, updatedAt: new Date().toISOString() })
        .then(() => notifyChanged());
    }, AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [state.answers, draft]);

  const finish = async () => {
    if (state.problems.length > 0) {
      setShowAll(true);
      return;
    }
    finished.current = true;
    const completedAt = new Date().toISOString();
    await collectStore.finishDraft(draft.id, {
      id: draft.id,
      scope: draft.scope,
      postPath,
      payload: {
        id: draft.id,
        answers: submittedAnswers(form, state.answers, today),
        startedAt: draft.startedAt,
        completedAt,
      },
      queuedAt: completedAt,
      attempts: 0,
      lastTryAt: null,
      refused: null,
      lastError: null,
    });
    notifyChanged();
    onClose('finished');
    void sendNow();
  };

  const saveAndClose = async () => {
    await collectStore.putDraft({ ...draft, answers: state.answers, updatedAt: new Date().toISOString() });
    saved.current = state.answers;
    notifyChanged();
    onClose('saved');
  };

  return (
    <Stack gap="lg" data-testid="fill-form" data-draft-id={draft.id}>
      <SurveyFormView
        form={form}
        answers={state.answers}
        state={state}
        language={language}
        onChange={setAnswers}
        showAllProblems={showAll}
      />
      {showAll && <ProblemSummary form={form} language={language} problems={state.problems} />}
      <Group justify="space-between" wrap="wrap">
        {canSaveAndClose ? (
          <Button variant="default" onClick={() => void saveAndClose()} data-testid="save-draft">
            {t('form.saveDraft')}
          </Button>
        ) : (
          <Text size="xs" c="dimmed">
            {t('form.autosaved')}
          </Text>
        )}
        <Button onClick={() => void finish()} data-testid="finish">
          {t('form.finish')}
        </Button>
      </Group>
    </Stack>
  );
}

/** A new draft for `scope`, with the answers the form starts with. */
export function newDraft(scope: string, answers: Answers): Draft {
  const now = new Date().toISOString();
  return { id: crypto.randomUUID(), scope, answers, startedAt: now, updatedAt: now };
}
