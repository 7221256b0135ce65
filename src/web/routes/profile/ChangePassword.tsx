import { Alert, Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH } from '../../../core/access/password-length';
import { authClient } from '../../api/authClient';
import { PasswordField } from '../../app/PasswordField';
import { authErrorText, callAuth } from '../auth/authErrors';
import { passwordStrength } from './passwordStrength';

const STRENGTH_COLOR = { tooShort: 'red', weak: 'orange', fair: 'yellow', strong: 'green' } as const;

/** Current password, a new one twice; better-auth ends the user's other sessions (see account-guards). */
export function ChangePassword() {
  const { t } = useTranslation('profile');
  const { t: common } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const strength = passwordStrength(next);
  const mismatch = again !== '' && again !== next;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!current || !next || !again) return setError(t('password.fillAll'));
    if (next.length < MIN_PASSWORD_LENGTH) return setError(common('auth.passwordTooShort'));
    if (next !== again) return setError(t('password.mismatch'));
    if (next === current) return setError(t('password.unchanged'));
    setBusy(true);
    setError(null);
    const result = await callAuth(() =>
      authClient.changePassword({ currentPassword: current, newPassword: next, revokeOtherSessions: true }),
    );
    setBusy(false);
    if (result.error) return setError(authErrorText(result.error, common));
    setCurrent('');
    setNext('');
    setAgain('');
    notifications.show({ color: 'green', message: t('password.changed') });
  }

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="password-heading">
      <form onSubmit={submit} noValidate data-testid="change-password">
        <Stack gap="sm" maw={420}>
          <Title order={2} size="h4" id="password-heading">
            {t('password.title')}
          </Title>
          <Text size="sm">{t('password.intro')}</Text>
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <PasswordField
            label={t('password.current')}
            value={current}
            onChange={(event) => setCurrent(event.currentTarget.value)}
            autoComplete="current-password"
            required
          />
          <PasswordField
            label={t('password.new')}
            description={t('password.rule', { min: MIN_PASSWORD_LENGTH })}
            value={next}
            onChange={(event) => setNext(event.currentTarget.value)}
            autoComplete="new-password"
            required
          />
          {next && (
            <Stack gap={4}>
              <Progress value={strength.score} color={STRENGTH_COLOR[strength.level]} size="sm" aria-hidden />
              <Text size="xs" c="dimmed" aria-live="polite">
                {t('password.strength.label', { level: t(`password.strength.${strength.level}`) })}
              </Text>
            </Stack>
          )}
          <PasswordField
            label={t('password.confirm')}
            value={again}
            onChange={(event) => setAgain(event.currentTarget.value)}
            autoComplete="new-password"
            error={mismatch ? t('password.mismatch') : undefined}
            required
          />
          <Group>
            <Button type="submit" loading={busy}>
              {t('password.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
