import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCurrentWorkspace } from '../workspaces/workspaceContext';
import { TransferCard } from './TransferCard';

export function TransferPage() {
  const { t } = useTranslation();
  const { workspace, can } = useCurrentWorkspace();
  const canWrite = can('sector-map:write');
  return (
    <Stack gap="sm" maw={900}>
      <Text size="sm">{t('map.transfer.intro')}</Text>
      {canWrite && (
        <Text size="sm" c="dimmed">
          {t('map.transfer.order')}
        </Text>
      )}
      <TransferCard slug={workspace.slug} kind="actors" canWrite={canWrite} />
      <TransferCard slug={workspace.slug} kind="relations" canWrite={canWrite} />
    </Stack>
  );
}
