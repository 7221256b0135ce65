import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { authClient } from '../../api/authClient';
import { PasswordField } from '../../app/PasswordField';
import { authErrorText, callAuth } from './authErrors';
import { TwoFactorChallenge } from './TwoFactorChallenge';

interface SignInFormProps {
  /** When set, the email is shown but cannot be changed (invitation for a known address). */
  fixedEmail?: string;
  onSignedIn: () => void | Promise<void>;
}

function needsSecondFactor(data: unknown): boolean {
  return (
    typeof data === 'object' &&
    data !== null &&
    'twoFactorRedirect' in data &&
    data.twoFactorRedirect === true
  );
}

export function SignInForm({ fixedEmail, onSignedIn }: SignInFormProps) {
  const { t } = useTranslation();
  const [email, setEmail] = useState(fixedEmail ?? '');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [step, setStep] = useState<'password' | 'second-factor'>('password');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (email.trim() === '' || password === '') {
      setError(t('auth.fillEmailAndPassword'));
      return;
    }
    setBusy(true);
    setError(null);
    const result = await callAuth(() => authClient.signIn.email({ email: email.trim(), password }));
    setBusy(false);
    if (result.error) {
      setError(authErrorText(result.error, t));
      return;
    }
    if (needsSecondFactor(result.data)) {
      setStep('second-factor');
      return;
    }
    await onSignedIn();
  }

  if (step === 'second-factor') return <TwoFactorChallenge onVerified={onSignedIn} />;

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <TextInput
          label={t('auth.email')}
          type="email"
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          readOnly={fixedEmail !== undefined}
          autoComplete="username"
          required
        />
        <PasswordField
          label={t('auth.password')}
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          autoComplete="current-password"
          required
        />
        <Button type="submit" loading={busy}>
          {t('auth.signIn')}
        </Button>
      </Stack>
    </form>
  );
}
