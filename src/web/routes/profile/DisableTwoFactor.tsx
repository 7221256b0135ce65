import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { authClient } from '../../api/authClient';
import { queryKeys } from '../../api/endpoints';
import { PasswordField } from '../../app/PasswordField';
import { authErrorText, callAuth } from '../auth/authErrors';

export function DisableTwoFactor({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (password === '') return setError(t('profile.enterPassword'));
    setBusy(true);
    setError(null);
    const result = await callAuth(() => authClient.twoFactor.disable({ password }));
    setBusy(false);
    if (result.error) return setError(authErrorText(result.error, t));
    onDone();
    notifications.show({ color: 'green', message: t('profile.twoFactorDisabled') });
    await queryClient.invalidateQueries({ queryKey: queryKeys.me });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" maw={420}>
        <Text size="sm">{t('profile.disablePasswordPrompt')}</Text>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <PasswordField
          label={t('auth.password')}
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          autoComplete="current-password"
          required
        />
        <Group>
          <Button type="submit" color="red" loading={busy}>
            {t('profile.disable')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
