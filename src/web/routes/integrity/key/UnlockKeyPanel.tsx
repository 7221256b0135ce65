import { Alert, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  IntegrityCryptoError,
  loadSodium,
  toBase64,
  unlockPrivateKey,
} from '../../../../core/integrity/crypto';
import { errorText } from '../../../app/errors';
import { PasswordField } from '../../../app/PasswordField';
import { RouterAnchor } from '../../../app/RouterLinks';
import { channelApi, useChannel } from '../channelApi';
import { setUnlockedKey, useUnlockedKey } from '../keyring';
import { nextPaint } from './keyPassword';
import { rewrapPendingKeys } from './rewrap';

export { useChannel };

/**
 * Unlocks the signed-in recipient's private key with their password, in this browser only, then gives
 * colleagues any report keys they lack. A recipient without a key is sent to the Key tab.
 */
export function UnlockKeyPanel({ slug }: { slug: string }) {
  const { t } = useTranslation(['integrityAdmin', 'translation']);
  const channel = useChannel(slug);
  const unlocked = useUnlockedKey(slug);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [rewrapped, setRewrapped] = useState<number | null>(null);

  if (channel.isPending) return <Loader size="sm" aria-label={t('unlock.loading')} />;
  if (channel.isError)
    return (
      <Alert color="red" role="alert">
        {errorText(channel.error, t)}
      </Alert>
    );
  const me = channel.data.me;
  if (!me) return <Alert color="gray">{t('unlock.notRecipient')}</Alert>;
  if (!me.hasKey)
    return (
      <Alert color="yellow" title={t('unlock.noKeyTitle')} data-testid="key-missing">
        <Stack gap="xs">
          <Text size="sm">{t('unlock.noKeyText')}</Text>
          <RouterAnchor to="/w/$slug/integrity/key" params={{ slug }} size="sm">
            {t('unlock.goToKey')}
          </RouterAnchor>
        </Stack>
      </Alert>
    );
  if (unlocked)
    return rewrapped ? (
      <Alert color="teal" data-testid="key-rewrapped">
        {t('unlock.rewrapped', { count: rewrapped })}
      </Alert>
    ) : null;

  async function unlock() {
    setBusy(true);
    setError(null);
    try {
      const key = await channelApi.myKey(slug);
      if (!key.lockedPrivateKey || !key.publicKey) throw new IntegrityCryptoError('no key');
      const sodium = await loadSodium();
      await nextPaint();
      const pair = unlockPrivateKey(sodium, key.lockedPrivateKey, password);
      if (toBase64(sodium, pair.publicKey) !== key.publicKey) throw new IntegrityCryptoError('other key');
      const unlockedKey = { slug, recipientId: key.recipientId, role: key.role, pair };
      setPassword('');
      setUnlockedKey(unlockedKey);
      const added = await rewrapPendingKeys(slug, unlockedKey).catch(() => 0);
      if (added > 0) setRewrapped(added);
    } catch (caught) {
      setError(caught instanceof IntegrityCryptoError ? t('unlock.wrongPassword') : errorText(caught, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card withBorder padding="lg" maw={480}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (password && !busy) void unlock();
        }}
      >
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t('unlock.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('unlock.explain')}
          </Text>
          <PasswordField
            label={t('unlock.password')}
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            autoComplete="current-password"
            data-testid="key-password"
            error={error}
            disabled={busy}
          />
          <Group>
            <Button type="submit" loading={busy} disabled={!password} data-testid="key-unlock">
              {t('unlock.submit')}
            </Button>
            {busy && (
              <Text size="xs" c="dimmed">
                {t('unlock.working')}
              </Text>
            )}
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
