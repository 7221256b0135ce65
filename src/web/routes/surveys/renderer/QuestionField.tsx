import {
  Checkbox,
  Group,
  NativeSelect,
  Radio,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerValue, FormQuestion, SurveyForm } from '../../../../core/survey/types';
import type { AnswerProblem, NodeView } from './formStateView';
import { textIn } from './formText';
import { problemText } from './problemText';

export interface QuestionFieldProps {
  question: FormQuestion;
  node: NodeView;
  form: SurveyForm;
  language: string;
  domId: string;
  readOnly: boolean;
  /** Show the problem now (after the field was left, or after an attempt to finish). */
  showProblem: boolean;
  onChange(value: AnswerValue): void;
  onBlur(): void;
}

const asText = (value: AnswerValue) => (value === null || value === undefined ? '' : String(value));

/** A typed number when the text is one, else the text as typed (the runtime then says what is wrong). */
function numberOrText(text: string): AnswerValue {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const number = Number(trimmed.replace(',', '.'));
  return Number.isFinite(number) ? number : trimmed;
}

/** One question of the form, with the input its type calls for. */
export function QuestionField(props: QuestionFieldProps) {
  const { question, node, form, language, domId, readOnly, showProblem, onChange, onBlur } = props;
  const { t } = useTranslation('surveyCollect');
  const label = textIn(question.label, language, form) || question.name;
  const hint = textIn(question.hint, language, form) || undefined;
  const error = showProblem && node.error ? problemFor(node.error, form, language, t) : undefined;
  const disabled = readOnly || question.readOnly;
  const common = {
    id: domId,
    label,
    description: hint,
    error,
    withAsterisk: node.required,
    disabled,
    onBlur,
    'data-testid': `question-${question.name}`,
  };
  const value = node.value;

  switch (question.type) {
    case 'note':
      return (
        <Stack gap={2} id={domId} data-testid={`question-${question.name}`}>
          <Text fw={600}>{label}</Text>
          {hint && <Text c="dimmed">{hint}</Text>}
          {asText(value) && <Text>{asText(value)}</Text>}
        </Stack>
      );
    case 'integer':
    case 'decimal':
      return (
        <NumberText
          common={common}
          inputMode={question.type === 'integer' ? 'numeric' : 'decimal'}
          value={value}
          onChange={onChange}
        />
      );
    case 'date':
    case 'time':
      return (
        <TextInput
          {...common}
          type={question.type}
          value={asText(value)}
          onChange={(event) => onChange(event.currentTarget.value || null)}
        />
      );
    case 'text':
      return question.appearance?.includes('multiline') ? (
        <Textarea
          {...common}
          autosize
          minRows={2}
          value={asText(value)}
          onChange={(event) => onChange(event.currentTarget.value || null)}
        />
      ) : (
        <TextInput
          {...common}
          value={asText(value)}
          onChange={(event) => onChange(event.currentTarget.value || null)}
        />
      );
    case 'acknowledge':
      return (
        <Wrapped {...common}>
          <Checkbox
            label={t('question.acknowledge')}
            checked={value === 'OK'}
            disabled={disabled}
            onChange={(event) => onChange(event.currentTarget.checked ? 'OK' : null)}
          />
        </Wrapped>
      );
    case 'select_one':
    case 'select_multiple':
      return <SelectField {...props} common={common} label={label} />;
    case 'range':
      return <RangeField {...props} common={common} />;
    default:
      return null; // calculate: no input
  }
}

function problemFor(
  problem: AnswerProblem,
  form: SurveyForm,
  language: string,
  t: (key: string, options?: Record<string, unknown>) => string,
): string {
  const own = problem.message ? textIn(problem.message, language, form) : '';
  return own || problemText(problem, t);
}

type Common = {
  id: string;
  label: string;
  description?: string;
  error?: string;
  withAsterisk: boolean;
  onBlur(): void;
  'data-testid': string;
};

/** Label, hint and problem around inputs that have none of their own (radios, checkboxes). */
function Wrapped({
  id,
  label,
  description,
  error,
  withAsterisk,
  children,
  ...rest
}: Common & {
  children: ReactNode;
  disabled?: boolean;
  onBlur?: () => void;
}) {
  return (
    <Stack gap={6} id={id} data-testid={rest['data-testid']}>
      <Text fw={500} size="sm">
        {label}
        {withAsterisk && (
          <Text span c="red" aria-hidden>
            {' *'}
          </Text>
        )}
      </Text>
      {description && (
        <Text size="xs" c="dimmed">
          {description}
        </Text>
      )}
      {children}
      {error && (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}

function SelectField(props: QuestionFieldProps & { common: Common & { disabled: boolean }; label: string }) {
  const { question, node, form, language, onChange, common } = props;
  const { t } = useTranslation('surveyCollect');
  const choices = node.choices ?? [];
  const options = choices.map((choice) => ({
    value: choice.name,
    label: textIn(choice.label, language, form) || choice.name,
  }));
  const value = asText(node.value);
  if (question.type === 'select_multiple') {
    const selected = value.split(' ').filter(Boolean);
    return (
      <Wrapped {...common}>
        <Checkbox.Group
          value={selected}
          onChange={(names) => onChange(names.length ? orderedAs(options, names).join(' ') : null)}
        >
          <Stack gap="xs">
            {options.map((option) => (
              <Checkbox
                key={option.value}
                value={option.value}
                label={option.label}
                disabled={common.disabled}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        {options.length === 0 && <Text c="dimmed">{t('question.noChoices')}</Text>}
      </Wrapped>
    );
  }
  if (question.appearance?.includes('minimal')) {
    return (
      <NativeSelect
        {...common}
        value={value}
        data={[{ value: '', label: t('question.choose') }, ...options]}
        onChange={(event) => onChange(event.currentTarget.value || null)}
      />
    );
  }
  return (
    <Wrapped {...common}>
      <Radio.Group value={value || null} onChange={(name) => onChange(name || null)}>
        <Stack gap="xs">
          {options.map((option) => (
            <Radio key={option.value} value={option.value} label={option.label} disabled={common.disabled} />
          ))}
        </Stack>
      </Radio.Group>
      {options.length === 0 && <Text c="dimmed">{t('question.noChoices')}</Text>}
    </Wrapped>
  );
}

/** Choice names in the list's order, whatever order they were ticked in. */
function orderedAs(options: { value: string }[], names: string[]): string[] {
  return options.map((option) => option.value).filter((name) => names.includes(name));
}

const MOST_SEGMENTS = 11;

function RangeField(props: QuestionFieldProps & { common: Common & { disabled: boolean } }) {
  const { question, node, onChange, common } = props;
  const { start, end, step } = question.parameters ?? { start: 0, end: 10, step: 1 };
  const count = step > 0 ? Math.floor((end - start) / step) + 1 : 0;
  if (count < 2 || count > MOST_SEGMENTS) {
    return <NumberText common={common} inputMode="decimal" value={node.value} onChange={onChange} />;
  }
  const values = Array.from({ length: count }, (_, i) => String(+(start + i * step).toFixed(10)));
  return (
    <Wrapped {...common}>
      <Group>
        <SegmentedControl
          fullWidth
          style={{ flex: 1 }}
          data={values}
          value={asText(node.value)}
          disabled={common.disabled}
          onChange={(text) => onChange(Number(text))}
        />
      </Group>
    </Wrapped>
  );
}

/**
 * A number typed as text (the phone's number keyboard), kept as typed while it is being written
 * ("1." on the way to "1.5") and handed over as a number once it is one.
 */
function NumberText(props: {
  common: Common & { disabled: boolean };
  inputMode: 'numeric' | 'decimal';
  value: AnswerValue;
  onChange(value: AnswerValue): void;
}) {
  const { common, inputMode, value, onChange } = props;
  const [typed, setTyped] = useState(asText(value));
  // the value changed elsewhere (a draft resumed, a relevance reset): show it
  const shown = numberOrText(typed) === (value ?? null) ? typed : asText(value);
  return (
    <TextInput
      {...common}
      inputMode={inputMode}
      value={shown}
      onChange={(event) => {
        setTyped(event.currentTarget.value);
        onChange(numberOrText(event.currentTarget.value));
      }}
    />
  );
}
