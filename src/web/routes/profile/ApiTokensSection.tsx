import { Badge, Button, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../app/ConfirmModal';
import { errorText } from '../../app/errors';
import { formatDate, formatDateTime } from '../../app/format';
import { ErrorAlert, PageLoader } from '../../app/status';
import { type ApiToken, useApiTokens, useRevokeApiToken } from './apiTokens';
import { CreateApiToken } from './CreateApiToken';

/** Personal API tokens: what the command line and scripts use to act as this user. */
export function ApiTokensSection() {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="api-tokens-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="api-tokens-heading">
          {t('profile.apiTokens.title')}
        </Title>
        <Text size="sm">{t('profile.apiTokens.intro')}</Text>
        <CreateApiToken />
        <TokenList />
      </Stack>
    </Paper>
  );
}

function TokenList() {
  const { t } = useTranslation();
  const tokens = useApiTokens();
  const revoke = useRevokeApiToken();
  const [revoking, setRevoking] = useState<ApiToken | null>(null);

  if (tokens.isPending) return <PageLoader />;
  if (tokens.isError) return <ErrorAlert error={tokens.error} />;
  if (tokens.data.tokens.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('profile.apiTokens.none')}
      </Text>
    );

  const confirmRevoke = (token: ApiToken) =>
    revoke.mutate(token, {
      onSuccess: () => {
        setRevoking(null);
        notifications.show({ color: 'green', message: t('profile.apiTokens.revoked', { name: token.name }) });
      },
      onError: (error) => {
        setRevoking(null);
        notifications.show({ color: 'red', message: errorText(error, t) });
      },
    });

  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table striped verticalSpacing="xs" data-testid="api-token-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('profile.apiTokens.name')}</Table.Th>
              <Table.Th>{t('profile.apiTokens.prefix')}</Table.Th>
              <Table.Th>{t('profile.apiTokens.created')}</Table.Th>
              <Table.Th>{t('profile.apiTokens.lastUsed')}</Table.Th>
              <Table.Th>{t('profile.apiTokens.expires')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tokens.data.tokens.map((token) => (
              <Table.Tr key={token.id}>
                <Table.Td>{token.name}</Table.Td>
                <Table.Td dir="ltr">
                  <code>{token.prefix}…</code>
                </Table.Td>
                <Table.Td>{formatDate(token.createdAt)}</Table.Td>
                <Table.Td>
                  {token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t('profile.apiTokens.neverUsed')}
                </Table.Td>
                <Table.Td>
                  <Expiry expiresAt={token.expiresAt} />
                </Table.Td>
                <Table.Td>
                  <Button size="xs" variant="default" color="red" onClick={() => setRevoking(token)}>
                    {t('profile.apiTokens.revoke')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmModal
        opened={revoking !== null}
        title={t('profile.apiTokens.revokeTitle')}
        message={t('profile.apiTokens.revokeMessage', { name: revoking?.name ?? '' })}
        confirmLabel={t('profile.apiTokens.revoke')}
        busy={revoke.isPending}
        onConfirm={() => revoking && confirmRevoke(revoking)}
        onClose={() => setRevoking(null)}
      />
    </>
  );
}

function Expiry({ expiresAt }: { expiresAt: string | null }) {
  const { t } = useTranslation();
  if (!expiresAt) return <>{t('profile.apiTokens.noExpiry')}</>;
  if (new Date(expiresAt).getTime() <= Date.now())
    return (
      <Badge color="gray" variant="light">
        {t('profile.apiTokens.expired')}
      </Badge>
    );
  return <>{formatDate(expiresAt)}</>;
}
