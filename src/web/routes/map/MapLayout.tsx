import { Stack, Tabs, Text, Title } from '@mantine/core';
import { Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentWorkspace } from '../workspaces/workspaceContext';

const TABS = [
  { key: 'registry', to: '/w/$slug/map' },
  { key: 'relations', to: '/w/$slug/map/relations' },
  { key: 'graph', to: '/w/$slug/map/graph' },
  { key: 'gaps', to: '/w/$slug/map/gaps' },
  { key: 'transfer', to: '/w/$slug/map/transfer' },
] as const;

type TabKey = (typeof TABS)[number]['key'];

function tabOf(pathname: string): TabKey | null {
  const rest = pathname.replace(/^\/w\/[^/]+\/map\/?/, '');
  if (rest === '') return 'registry';
  return TABS.find((tab) => tab.key === rest.split('/')[0])?.key ?? null;
}

/** The sector map's sections as tabs; each tab is its own address, so it can be bookmarked and shared. */
export function MapLayout() {
  const { t } = useTranslation();
  const { workspace } = useCurrentWorkspace();
  const navigate = useNavigate();
  const current = tabOf(useRouterState({ select: (state) => state.location.pathname }));

  return (
    <Stack gap="sm">
      <Title order={1} size="h2">
        {t('map.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('map.intro')}
      </Text>
      <Tabs
        value={current}
        onChange={(value) => {
          const tab = TABS.find((candidate) => candidate.key === value);
          if (tab) void navigate({ to: tab.to, params: { slug: workspace.slug } });
        }}
      >
        <Tabs.List aria-label={t('map.tabsLabel')}>
          {TABS.map((tab) => (
            <Tabs.Tab key={tab.key} value={tab.key} data-testid={`map-tab-${tab.key}`}>
              {t(`map.tabs.${tab.key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {current ? (
          <Tabs.Panel value={current} pt="md">
            <Outlet />
          </Tabs.Panel>
        ) : (
          <Stack pt="md">
            <Outlet />
          </Stack>
        )}
      </Tabs>
    </Stack>
  );
}
