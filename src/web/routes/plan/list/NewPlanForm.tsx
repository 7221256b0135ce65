import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MONTH_PATTERN } from '../../../../core/planning/portfolio';
import { fieldErrorOf } from '../../../app/errors';
import { useErrorText } from '../../assess/useErrorText';
import { HorizonInput, PlanNameFields } from '../PlanFields';

const FIELDS = ['name', 'description', 'startMonth', 'horizonMonths'] as const;
type Field = (typeof FIELDS)[number];

export interface NewPlanInput {
  name: string;
  description: string | null;
  startMonth: string;
  horizonMonths: number;
}

/** January of next year: reform plans usually start with a fiscal year. */
function nextJanuary(): string {
  return `${new Date().getFullYear() + 1}-01`;
}

export function NewPlanForm(props: {
  busy: boolean;
  error: unknown;
  onSubmit: (input: NewPlanInput) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('plan');
  const errorMessage = useErrorText();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [startMonth, setStartMonth] = useState(nextJanuary());
  const [horizon, setHorizon] = useState<number | string>(60);
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const serverField = fieldErrorOf(props.error, FIELDS);
  const fieldError = (field: Field) =>
    problems[field] ?? (serverField?.field === field ? serverField.message : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!name.trim()) found.name = t('create.nameRequired');
    if (!MONTH_PATTERN.test(startMonth)) found.startMonth = t('create.startInvalid');
    const months = typeof horizon === 'number' ? horizon : Number.NaN;
    if (!Number.isInteger(months) || months < 1 || months > 240)
      found.horizonMonths = t('create.horizonInvalid');
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    props.onSubmit({
      name: name.trim(),
      description: description.trim() || null,
      startMonth,
      horizonMonths: months,
    });
  };

  return (
    <form onSubmit={submit} noValidate data-testid="new-plan-form">
      <Stack gap="sm">
        <PlanNameFields
          name={name}
          onName={setName}
          nameError={fieldError('name')}
          description={description}
          onDescription={setDescription}
          descriptionError={fieldError('description')}
          autoFocus
        />
        <Group grow align="flex-start">
          <TextInput
            type="month"
            label={t('create.startMonth')}
            description={t('create.startMonthHint')}
            value={startMonth}
            onChange={(event) => setStartMonth(event.currentTarget.value)}
            error={fieldError('startMonth')}
            required
          />
          <HorizonInput value={horizon} onChange={setHorizon} error={fieldError('horizonMonths')} />
        </Group>
        {props.error !== null && props.error !== undefined && !serverField && (
          <Alert color="red" role="alert">
            {errorMessage(props.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            {t('create.cancel')}
          </Button>
          <Button type="submit" loading={props.busy}>
            {t('create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
