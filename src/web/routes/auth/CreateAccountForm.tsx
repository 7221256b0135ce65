import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH } from '../../../core/access/password-length';
import { authClient } from '../../api/authClient';
import { PasswordField } from '../../app/PasswordField';
import { authErrorText, callAuth } from './authErrors';

/**
 * Creates an account for an invited email address; the address itself cannot be changed, and the
 * server admits the sign-up only with the invitation's id from the link.
 */
export function CreateAccountForm({
  email,
  invitationId,
  onCreated,
}: {
  email: string;
  invitationId: string;
  onCreated: () => void | Promise<void>;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const passwordTooShort = password.length > 0 && password.length < MIN_PASSWORD_LENGTH;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === '' || password.length < MIN_PASSWORD_LENGTH) {
      setError(t('auth.completeTheForm'));
      return;
    }
    setBusy(true);
    setError(null);
    // invitationId is ours, not better-auth's: the server's sign-up hook reads it from the body.
    const signUp = { email, password, name: name.trim(), invitationId };
    const result = await callAuth(() => authClient.signUp.email(signUp));
    setBusy(false);
    if (result.error) {
      setError(authErrorText(result.error, t));
      return;
    }
    await onCreated();
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <TextInput label={t('auth.email')} type="email" value={email} readOnly />
        <TextInput
          label={t('auth.name')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          autoComplete="name"
          required
        />
        <PasswordField
          label={t('auth.password')}
          description={t('auth.passwordRule', { min: MIN_PASSWORD_LENGTH })}
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={passwordTooShort ? t('auth.passwordTooShort') : undefined}
          autoComplete="new-password"
          required
        />
        <Button type="submit" loading={busy}>
          {t('auth.createAccountAndAccept')}
        </Button>
      </Stack>
    </form>
  );
}
