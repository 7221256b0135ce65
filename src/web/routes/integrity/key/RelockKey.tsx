import { Alert, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  IntegrityCryptoError,
  type KeyPair,
  loadSodium,
  lockPrivateKey,
  toBase64,
  unlockWithRecoveryKey,
} from '../../../../core/integrity/crypto';
import { errorText } from '../../../app/errors';
import { channelApi } from '../channelApi';
import { setUnlockedKey, useUnlockedKey } from '../keyring';
import { keyPasswordProblem, nextPaint } from './keyPassword';
import { NewPasswordFields } from './NewPasswordFields';
import { rewrapPendingKeys } from './rewrap';

/**
 * A new key password for the same key pair: with the key unlocked (`change`), or opened with the
 * recovery key when the password is forgotten (`recover`). The public key stays, so no case is lost.
 */
export function RelockKey({ slug, mode }: { slug: string; mode: 'change' | 'recover' }) {
  const { t } = useTranslation(['integrityAdmin', 'translation']);
  const unlocked = useUnlockedKey(slug);
  const [recoveryKey, setRecoveryKey] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  async function relock() {
    setTried(true);
    setDone(false);
    if (keyPasswordProblem(password, confirm)) return;
    setBusy(true);
    setError(null);
    try {
      const key = await channelApi.myKey(slug);
      if (!key.publicKey || !key.recoveryLockedPrivateKey) throw new IntegrityCryptoError('no key');
      const sodium = await loadSodium();
      await nextPaint();
      let pair: KeyPair;
      if (mode === 'change' && unlocked) pair = unlocked.pair;
      else {
        pair = unlockWithRecoveryKey(sodium, key.recoveryLockedPrivateKey, recoveryKey);
        if (toBase64(sodium, pair.publicKey) !== key.publicKey) throw new IntegrityCryptoError('other key');
      }
      await channelApi.saveMyKey(slug, {
        publicKey: key.publicKey,
        lockedPrivateKey: lockPrivateKey(sodium, pair.privateKey, password),
        recoveryLockedPrivateKey: key.recoveryLockedPrivateKey,
      });
      setPassword('');
      setConfirm('');
      setRecoveryKey('');
      setTried(false);
      setDone(true);
      if (mode === 'recover') {
        const unlockedKey = { slug, recipientId: key.recipientId, role: key.role, pair };
        setUnlockedKey(unlockedKey);
        await rewrapPendingKeys(slug, unlockedKey).catch(() => 0);
      }
    } catch (caught) {
      setError(caught instanceof IntegrityCryptoError ? t('key.wrongRecovery') : errorText(caught, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card withBorder padding="lg" maw={560}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) void relock();
        }}
      >
        <Stack gap="sm">
          <Title order={3} size="h4">
            {mode === 'change' ? t('key.changeTitle') : t('key.forgotTitle')}
          </Title>
          {mode === 'recover' && (
            <>
              <Text size="sm">{t('key.forgotExplain')}</Text>
              <TextInput
                label={t('key.recoveryKey')}
                value={recoveryKey}
                onChange={(event) => setRecoveryKey(event.currentTarget.value)}
                autoComplete="off"
                spellCheck={false}
                dir="ltr"
                disabled={busy}
                data-testid="key-recovery-input"
              />
            </>
          )}
          <NewPasswordFields
            password={password}
            confirm={confirm}
            onPassword={setPassword}
            onConfirm={setConfirm}
            disabled={busy}
            passwordLabel={t('key.newPassword')}
            showProblems={tried}
          />
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          {done && <Alert color="teal">{t('key.changed')}</Alert>}
          <Group>
            <Button
              type="submit"
              loading={busy}
              disabled={mode === 'recover' && !recoveryKey.trim()}
              data-testid={mode === 'change' ? 'key-change' : 'key-recover'}
            >
              {mode === 'change' ? t('key.change') : t('key.recover')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
