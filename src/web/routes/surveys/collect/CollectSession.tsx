import { Alert, Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyForm } from '../../../../core/survey/types';
import { startingAnswers } from '../renderer/runtimeView';
import { FillForm, newDraft } from './FillForm';
import type { Draft } from './offlineStore';
import { useCollectLists, useOnline } from './useCollectLists';
import { WaitingPanel } from './WaitingPanel';

/** The enumerator's collection: what waits on the device, and one response at a time. */
export function CollectSession(props: {
  scope: string;
  postPath: string;
  form: SurveyForm;
  today: string;
  language: string;
  open: boolean;
}) {
  const { scope, postPath, form, today, language, open } = props;
  const { t } = useTranslation('surveyCollect');
  const { drafts, outbox } = useCollectLists(scope);
  const online = useOnline();
  const [active, setActive] = useState<Draft | null>(null);
  const [notice, setNotice] = useState<'finished' | 'saved' | null>(null);

  return (
    <Stack gap="md">
      {!open && (
        <Alert color="yellow" data-testid="survey-not-open">
          {t('form.notOpen')}
        </Alert>
      )}
      <WaitingPanel
        outbox={outbox}
        drafts={drafts}
        online={online}
        activeDraftId={active?.id ?? null}
        onResume={(draft) => {
          setNotice(null);
          setActive(draft);
        }}
      />
      {notice && (
        <Alert
          color={notice === 'finished' ? 'teal' : 'blue'}
          data-testid="collect-notice"
          withCloseButton
          onClose={() => setNotice(null)}
        >
          {notice === 'finished' ? t('form.finished') : t('form.draftSaved')}
        </Alert>
      )}
      {active ? (
        <FillForm
          key={active.id}
          form={form}
          today={today}
          language={language}
          draft={active}
          postPath={postPath}
          canSaveAndClose
          onClose={(outcome) => {
            setActive(null);
            setNotice(outcome);
            window.scrollTo({ top: 0 });
          }}
        />
      ) : (
        <Button
          size="md"
          onClick={() => {
            setNotice(null);
            setActive(newDraft(scope, startingAnswers(form, today)));
          }}
          data-testid="new-response"
          style={{ alignSelf: 'flex-start' }}
        >
          {t('form.newResponse')}
        </Button>
      )}
    </Stack>
  );
}
