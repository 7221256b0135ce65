import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { authClient } from '../../api/authClient';
import { authErrorText, callAuth } from './authErrors';

/** Second sign-in step: a code from the authenticator app, or one of the saved backup codes. */
export function TwoFactorChallenge({ onVerified }: { onVerified: () => void | Promise<void> }) {
  const { t } = useTranslation();
  const [useBackupCode, setUseBackupCode] = useState(false);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (code.trim() === '') {
      setError(t('auth.enterCode'));
      return;
    }
    setBusy(true);
    setError(null);
    const trimmed = code.trim();
    const result = await callAuth(() =>
      useBackupCode
        ? authClient.twoFactor.verifyBackupCode({ code: trimmed })
        : authClient.twoFactor.verifyTotp({ code: trimmed.replace(/\s+/g, '') }),
    );
    setBusy(false);
    if (result.error) {
      setError(authErrorText(result.error, t));
      return;
    }
    await onVerified();
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{useBackupCode ? t('auth.backupCodeIntro') : t('auth.totpIntro')}</Text>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <TextInput
          label={useBackupCode ? t('auth.backupCode') : t('auth.totpCode')}
          value={code}
          onChange={(event) => setCode(event.currentTarget.value)}
          autoComplete="one-time-code"
          inputMode={useBackupCode ? 'text' : 'numeric'}
          required
          autoFocus
        />
        <Button type="submit" loading={busy}>
          {t('auth.verify')}
        </Button>
        <Anchor
          component="button"
          type="button"
          size="sm"
          onClick={() => {
            setUseBackupCode((value) => !value);
            setCode('');
            setError(null);
          }}
        >
          {useBackupCode ? t('auth.useAuthenticator') : t('auth.useBackupCode')}
        </Anchor>
      </Stack>
    </form>
  );
}
