import { NumberInput, Textarea, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Name and description of a plan, shared by the new-plan form and the plan settings. */
export function PlanNameFields(props: {
  name: string;
  onName: (value: string) => void;
  nameError?: ReactNode;
  description: string;
  onDescription: (value: string) => void;
  descriptionError?: ReactNode;
  autoFocus?: boolean;
  nameTestId?: string;
}) {
  const { t } = useTranslation('plan');
  return (
    <>
      <TextInput
        label={t('create.name')}
        value={props.name}
        onChange={(event) => props.onName(event.currentTarget.value)}
        error={props.nameError}
        required
        data-autofocus={props.autoFocus || undefined}
        maxLength={200}
        data-testid={props.nameTestId}
      />
      <Textarea
        label={t('create.description')}
        value={props.description}
        onChange={(event) => props.onDescription(event.currentTarget.value)}
        error={props.descriptionError}
        autosize
        minRows={2}
        maxLength={5000}
      />
    </>
  );
}

/** A plan's horizon in whole months, 1 to 240. */
export function HorizonInput(props: {
  value: number | string;
  onChange: (value: number | string) => void;
  error?: ReactNode;
}) {
  const { t } = useTranslation('plan');
  return (
    <NumberInput
      label={t('create.horizon')}
      description={t('create.horizonHint')}
      value={props.value}
      onChange={props.onChange}
      min={1}
      max={240}
      allowDecimal={false}
      error={props.error}
      required
    />
  );
}
