import type { PublicChannel } from './api';
import { describedBy, Field } from './Field';
import { type IntakeLanguage, localized, type Translate } from './messages';

type Question = PublicChannel['channel']['questions'][number];

/** One of the channel's own questions, by its kind: short text, long text, a choice or a date. */
export function QuestionInput(props: {
  question: Question;
  value: string;
  error?: string;
  language: IntakeLanguage;
  t: Translate;
  onChange: (value: string) => void;
}) {
  const { question, value, error, language, t, onChange } = props;
  const id = `intake-question-${question.id}`;
  const common = {
    id,
    'data-testid': id,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, undefined, error),
  };
  return (
    <Field
      id={id}
      label={localized(question.label, language)}
      required={question.required}
      requiredLabel={t('required')}
      error={error}
    >
      {question.kind === 'long-text' && (
        <textarea {...common} rows={4} onChange={(event) => onChange(event.target.value)} />
      )}
      {question.kind === 'text' && <input {...common} onChange={(event) => onChange(event.target.value)} />}
      {question.kind === 'date' && (
        <input {...common} type="date" onChange={(event) => onChange(event.target.value)} />
      )}
      {question.kind === 'choice' && (
        <select {...common} onChange={(event) => onChange(event.target.value)}>
          <option value="">{t('fields.choiceChoose')}</option>
          {(question.options ?? []).map((option) => (
            <option key={option.value} value={option.value}>
              {localized(option.label, language)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
