import { Alert, Button, Card, Checkbox, Code, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  generateKeyPair,
  type KeyPair,
  loadSodium,
  lockPrivateKey,
  lockWithRecoveryKey,
  newRecoveryKey,
  toBase64,
} from '../../../../core/integrity/crypto';
import { CopyValueButton } from '../../../app/CopyValueButton';
import { errorText } from '../../../app/errors';
import { channelApi, type MyKeyInput, useInvalidateChannel } from '../channelApi';
import { setUnlockedKey } from '../keyring';
import { keyPasswordProblem, MIN_KEY_PASSWORD, nextPaint } from './keyPassword';
import { NewPasswordFields } from './NewPasswordFields';

interface PreparedKey {
  pair: KeyPair;
  body: MyKeyInput;
  recoveryKey: string;
}

/**
 * Makes the recipient's key pair in the browser, locks it by password and by a recovery key, and shows
 * the recovery key once. Nothing is stored until the user says they have kept the recovery key.
 */
export function SetUpKey({
  slug,
  recipientId,
  role,
}: {
  slug: string;
  recipientId: string;
  role: 'handler' | 'custodian';
}) {
  const { t } = useTranslation(['integrityAdmin', 'translation']);
  const invalidate = useInvalidateChannel(slug);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [prepared, setPrepared] = useState<PreparedKey | null>(null);
  const [stored, setStored] = useState(false);

  async function prepare() {
    setTried(true);
    if (keyPasswordProblem(password, confirm)) return;
    setBusy(true);
    try {
      const sodium = await loadSodium();
      await nextPaint();
      const pair = generateKeyPair(sodium);
      const recoveryKey = newRecoveryKey(sodium);
      const body = {
        publicKey: toBase64(sodium, pair.publicKey),
        lockedPrivateKey: lockPrivateKey(sodium, pair.privateKey, password),
        recoveryLockedPrivateKey: lockWithRecoveryKey(sodium, pair.privateKey, recoveryKey),
      };
      setPassword('');
      setConfirm('');
      setPrepared({ pair, body, recoveryKey });
    } catch (caught) {
      setError(errorText(caught, t));
    } finally {
      setBusy(false);
    }
  }

  async function save() {
    if (!prepared) return;
    setBusy(true);
    setError(null);
    try {
      await channelApi.saveMyKey(slug, prepared.body);
      setUnlockedKey({ slug, recipientId, role, pair: prepared.pair });
      await invalidate();
    } catch (caught) {
      setError(errorText(caught, t));
    } finally {
      setBusy(false);
    }
  }

  if (prepared)
    return (
      <Card withBorder padding="lg" maw={560}>
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t('key.recoveryTitle')}
          </Title>
          <Alert color="yellow">{t('key.recoveryExplain')}</Alert>
          <Group gap="xs" wrap="nowrap" align="center">
            <Code block data-testid="key-recovery-key" dir="ltr" style={{ wordBreak: 'break-all', flex: 1 }}>
              {prepared.recoveryKey}
            </Code>
            <CopyValueButton value={prepared.recoveryKey} label={t('key.copyRecovery')} />
          </Group>
          <Checkbox
            label={t('key.stored')}
            checked={stored}
            onChange={(event) => setStored(event.currentTarget.checked)}
            data-testid="key-recovery-stored"
          />
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group>
            <Button onClick={() => void save()} disabled={!stored} loading={busy} data-testid="key-save">
              {t('key.save')}
            </Button>
          </Group>
        </Stack>
      </Card>
    );

  return (
    <Card withBorder padding="lg" maw={560}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) void prepare();
        }}
      >
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t('key.setUpTitle')}
          </Title>
          <Text size="sm">{t('key.setUpExplain', { min: MIN_KEY_PASSWORD })}</Text>
          <NewPasswordFields
            password={password}
            confirm={confirm}
            onPassword={setPassword}
            onConfirm={setConfirm}
            disabled={busy}
            passwordLabel={t('key.password')}
            showProblems={tried}
          />
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={busy} data-testid="key-create">
              {t('key.create')}
            </Button>
            {busy && (
              <Text size="xs" c="dimmed">
                {t('key.creating')}
              </Text>
            )}
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
