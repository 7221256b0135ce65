import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../../app/PasswordField';
import { keyPasswordProblem, MIN_KEY_PASSWORD } from './keyPassword';

interface NewPasswordFieldsProps {
  password: string;
  confirm: string;
  onPassword: (value: string) => void;
  onConfirm: (value: string) => void;
  disabled: boolean;
  passwordLabel: string;
  /** Show problems only once the user tried to submit. */
  showProblems: boolean;
}

/** A new key password and its repetition, with what is wrong under the field concerned. */
export function NewPasswordFields(props: NewPasswordFieldsProps) {
  const { t } = useTranslation('integrityAdmin');
  const problem = props.showProblems ? keyPasswordProblem(props.password, props.confirm) : null;
  return (
    <Stack gap="xs">
      <PasswordField
        label={props.passwordLabel}
        value={props.password}
        onChange={(event) => props.onPassword(event.currentTarget.value)}
        autoComplete="new-password"
        disabled={props.disabled}
        data-testid="key-new-password"
        error={problem === 'tooShort' ? t('key.tooShort', { min: MIN_KEY_PASSWORD }) : null}
      />
      <PasswordField
        label={t('key.confirm')}
        value={props.confirm}
        onChange={(event) => props.onConfirm(event.currentTarget.value)}
        autoComplete="new-password"
        disabled={props.disabled}
        data-testid="key-confirm-password"
        error={problem === 'mismatch' ? t('key.mismatch') : null}
      />
    </Stack>
  );
}
