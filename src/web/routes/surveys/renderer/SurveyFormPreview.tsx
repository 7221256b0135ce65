import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers, SurveyForm } from '../../../../core/survey/types';
import { formLanguageFor } from './formText';
import { startingAnswers, useFormStateView } from './runtimeView';
import { SurveyFormView } from './SurveyFormView';

/**
 * A form as a respondent will see it, in the reader's language, for the Form tab. Answers typed here
 * stay on the page (skip logic and checks can be tried) and are never saved; `readOnly` disables the
 * inputs altogether.
 */
export function SurveyFormPreview({
  form,
  today = new Date().toISOString().slice(0, 10),
  readOnly = false,
}: {
  form: SurveyForm;
  today?: string;
  readOnly?: boolean;
}) {
  const { i18n } = useTranslation();
  const [answers, setAnswers] = useState<Answers>(() => startingAnswers(form, today));
  const state = useFormStateView(form, answers, today);
  return (
    <SurveyFormView
      form={form}
      answers={state.answers}
      state={state}
      language={formLanguageFor(form, i18n.language)}
      onChange={setAnswers}
      readOnly={readOnly}
    />
  );
}
