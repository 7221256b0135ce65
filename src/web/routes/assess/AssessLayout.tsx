import { Stack, Tabs, Text, Title } from '@mantine/core';
import { Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentWorkspace } from '../workspaces/workspaceContext';

const TABS = [
  { key: 'assessments', to: '/w/$slug/assess' },
  { key: 'heatmap', to: '/w/$slug/assess/heatmap' },
  { key: 'needs', to: '/w/$slug/assess/needs' },
  { key: 'swot', to: '/w/$slug/assess/swot' },
  { key: 'consultations', to: '/w/$slug/assess/consultations' },
  { key: 'frameworks', to: '/w/$slug/assess/frameworks' },
] as const;

type TabKey = (typeof TABS)[number]['key'];

function tabOf(pathname: string): TabKey | null {
  const rest = pathname.replace(/^\/w\/[^/]+\/assess\/?/, '');
  if (rest === '') return 'assessments';
  return TABS.find((tab) => tab.key === rest.split('/')[0])?.key ?? null;
}

/** The area's sections as tabs, each its own address; an assessment's page sits below them. */
export function AssessLayout() {
  const { t } = useTranslation('assess');
  const { workspace } = useCurrentWorkspace();
  const navigate = useNavigate();
  const current = tabOf(useRouterState({ select: (state) => state.location.pathname }));

  return (
    <Stack gap="sm">
      <Title order={1} size="h2">
        {t('title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('intro')}
      </Text>
      <Tabs
        value={current}
        onChange={(value) => {
          const tab = TABS.find((candidate) => candidate.key === value);
          if (tab) void navigate({ to: tab.to, params: { slug: workspace.slug } });
        }}
      >
        <Tabs.List aria-label={t('tabsLabel')}>
          {TABS.map((tab) => (
            <Tabs.Tab key={tab.key} value={tab.key} data-testid={`assess-tab-${tab.key}`}>
              {t(`tabs.${tab.key}`)}
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
