import { Alert, Button, Code, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { authClient } from '../../api/authClient';
import { queryKeys } from '../../api/endpoints';
import { CopyValueButton } from '../../app/CopyValueButton';
import { PasswordField } from '../../app/PasswordField';
import { authErrorText, callAuth } from '../auth/authErrors';
import { TotpQrCode } from './TotpQrCode';
import { groupSecret, secretFromTotpUri } from './totp';

interface Enrolment {
  totpURI: string;
  backupCodes: string[];
}

/** Password → QR code, secret and backup codes → first code from the app, which switches 2FA on. */
export function EnableTwoFactor({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function start(event: FormEvent) {
    event.preventDefault();
    if (password === '') return setError(t('profile.enterPassword'));
    setBusy(true);
    setError(null);
    const result = await callAuth(() => authClient.twoFactor.enable({ password, method: 'totp' }));
    setBusy(false);
    if (result.error || !result.data || !('totpURI' in result.data))
      return setError(authErrorText(result.error, t));
    setPassword('');
    setEnrolment({ totpURI: result.data.totpURI, backupCodes: result.data.backupCodes });
  }

  async function confirm(event: FormEvent) {
    event.preventDefault();
    const digits = code.replace(/\s+/g, '');
    if (digits === '') return setError(t('auth.enterCode'));
    setBusy(true);
    setError(null);
    const result = await callAuth(() => authClient.twoFactor.verifyTotp({ code: digits }));
    setBusy(false);
    if (result.error) return setError(authErrorText(result.error, t));
    onDone();
    notifications.show({ color: 'green', message: t('profile.twoFactorEnabled') });
    await queryClient.invalidateQueries({ queryKey: queryKeys.me });
  }

  const errorAlert = error && (
    <Alert color="red" role="alert">
      {error}
    </Alert>
  );

  if (!enrolment) {
    return (
      <form onSubmit={start} noValidate>
        <Stack gap="sm" maw={420}>
          <Text size="sm">{t('profile.enablePasswordPrompt')}</Text>
          {errorAlert}
          <PasswordField
            label={t('auth.password')}
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            autoComplete="current-password"
            required
          />
          <Group>
            <Button type="submit" loading={busy}>
              {t('common.continue')}
            </Button>
            <Button variant="default" onClick={onDone}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    );
  }

  const secret = secretFromTotpUri(enrolment.totpURI);
  const codesText = enrolment.backupCodes.join('\n');
  return (
    <Stack gap="md">
      <Text size="sm">{t('profile.scanPrompt')}</Text>
      <TotpQrCode totpURI={enrolment.totpURI} />
      {secret && (
        <Stack gap={4}>
          <Text size="sm">{t('profile.secretPrompt')}</Text>
          <Group gap="xs">
            <Code dir="ltr" fz="md">
              {groupSecret(secret)}
            </Code>
            <CopyValueButton value={secret} label={t('profile.copySecret')} />
          </Group>
        </Stack>
      )}
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {t('profile.backupCodesTitle')}
        </Text>
        <Text size="sm">{t('profile.backupCodesHelp')}</Text>
        <Group align="flex-start" gap="md">
          <SimpleGrid
            component="ul"
            cols={2}
            spacing="xs"
            verticalSpacing={4}
            ff="monospace"
            dir="ltr"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-label={t('profile.backupCodesTitle')}
          >
            {enrolment.backupCodes.map((backupCode) => (
              <li key={backupCode}>{backupCode}</li>
            ))}
          </SimpleGrid>
          <CopyValueButton value={codesText} label={t('profile.copyBackupCodes')} />
        </Group>
      </Stack>
      <form onSubmit={confirm} noValidate>
        <Stack gap="sm" maw={320}>
          {errorAlert}
          <TextInput
            label={t('profile.confirmCodeLabel')}
            value={code}
            onChange={(event) => setCode(event.currentTarget.value)}
            autoComplete="one-time-code"
            inputMode="numeric"
            required
          />
          <Group>
            <Button type="submit" loading={busy}>
              {t('profile.confirmEnable')}
            </Button>
            <Button variant="default" onClick={onDone}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
