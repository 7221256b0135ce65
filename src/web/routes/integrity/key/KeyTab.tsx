import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../app/errors';
import { useChannel } from '../channelApi';
import { lockKey, useUnlockedKey } from '../keyring';
import { RelockKey } from './RelockKey';
import { SetUpKey } from './SetUpKey';
import { UnlockKeyPanel } from './UnlockKeyPanel';

/**
 * The signed-in recipient's own key: set it up (password, recovery key shown once), unlock and lock
 * it, change its password, or recover it with the recovery key.
 */
export function KeyTab() {
  const { slug } = useParams({ strict: false }) as { slug: string };
  const { t } = useTranslation(['integrityAdmin', 'translation']);
  const channel = useChannel(slug);
  const unlocked = useUnlockedKey(slug);

  if (channel.isPending) return <Loader size="sm" aria-label={t('unlock.loading')} />;
  if (channel.isError)
    return (
      <Alert color="red" role="alert">
        {errorText(channel.error, t)}
      </Alert>
    );
  const me = channel.data.me;
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('key.title')}
      </Title>
      <Text size="sm" c="dimmed" maw={720}>
        {t('key.intro')}
      </Text>
      {!me ? (
        <Alert color="gray">{t('key.notRecipient')}</Alert>
      ) : !me.hasKey && !unlocked ? (
        <SetUpKey slug={slug} recipientId={me.recipientId} role={me.role} />
      ) : unlocked ? (
        <>
          <Alert color="teal" title={t('key.unlockedTitle')} data-testid="key-unlocked">
            <Stack gap="xs">
              <Text size="sm">{t('key.unlockedText')}</Text>
              <Group>
                <Button variant="default" onClick={lockKey} data-testid="key-lock">
                  {t('key.lock')}
                </Button>
              </Group>
            </Stack>
          </Alert>
          <RelockKey slug={slug} mode="change" />
        </>
      ) : (
        <>
          <UnlockKeyPanel slug={slug} />
          <RelockKey slug={slug} mode="recover" />
        </>
      )}
    </Stack>
  );
}
