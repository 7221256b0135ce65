import { Paper, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RouterAnchor } from '../../app/RouterLinks';
import { useCurrentWorkspace } from '../workspaces/workspaceContext';
import { ActorProfileView } from './ActorProfileView';

export function ActorProfilePage({ actorId }: { actorId: string }) {
  const { t } = useTranslation();
  const { workspace } = useCurrentWorkspace();
  return (
    <Stack gap="sm" maw={900}>
      <RouterAnchor to="/w/$slug/map" params={{ slug: workspace.slug }} size="sm">
        {t('map.profile.back')}
      </RouterAnchor>
      <Paper withBorder p="md" radius="md">
        <ActorProfileView key={actorId} slug={workspace.slug} actorId={actorId} />
      </Paper>
    </Stack>
  );
}
