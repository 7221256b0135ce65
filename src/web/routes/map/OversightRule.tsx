import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OversightKind } from '../../../core/sector-map/relations';
import { RouterAnchor } from '../../app/RouterLinks';
import { useCurrentWorkspace } from '../workspaces/workspaceContext';

/** "a, b or c" in the interface language ("a أو b أو c" in Arabic). */
function alternatives(items: string[], language: string): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'disjunction' }).format(items);
}

/**
 * The workspace's oversight rule in a sentence, with the kinds' translated names, and where to
 * change it for those who may.
 */
export function OversightRule({ requiredKinds }: { requiredKinds: readonly OversightKind[] }) {
  const { t, i18n } = useTranslation();
  const { workspace, can } = useCurrentWorkspace();
  const kinds = alternatives(
    requiredKinds.map((kind) => t(`map.gaps.ruleKinds.${kind}`)),
    i18n.language || 'en',
  );
  return (
    <Alert color="blue" variant="light" p="xs" data-testid="oversight-rule-in-use">
      <Stack gap={2}>
        <Text size="sm" fw={600}>
          {t('map.gaps.rule', { kinds })}
        </Text>
        {can('workspace:update') ? (
          <RouterAnchor to="/w/$slug/settings" params={{ slug: workspace.slug }} size="sm">
            {t('map.gaps.changeRule')}
          </RouterAnchor>
        ) : (
          <Text size="xs" c="dimmed">
            {t('map.gaps.ruleSetBy')}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
