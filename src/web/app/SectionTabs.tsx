import { Stack, Tabs, Text, Title } from '@mantine/core';
import { Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useCurrentWorkspace } from '../routes/workspaces/workspaceContext';

/** A tab list on one row that scrolls sideways on a narrow screen, instead of wrapping onto several rows. */
export const SCROLLING_TAB_LIST = {
  flexWrap: 'nowrap',
  overflowX: 'auto',
  overflowY: 'hidden',
  scrollbarWidth: 'thin',
} as const;

export interface SectionTab {
  key: string;
  /** The tab's own route, under `/w/$slug/`. */
  to: string;
  label: string;
}

/**
 * A programme-cycle area whose sections are tabs, each its own address (so it can be bookmarked
 * and shared); the first tab is the area's root. Deeper pages (an assessment, an actor) show under
 * the tabs with none selected.
 */
export function SectionTabs(props: {
  area: string;
  title: string;
  intro: string;
  tabsLabel: string;
  tabs: readonly SectionTab[];
}) {
  const { workspace } = useCurrentWorkspace();
  const navigate = useNavigate();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const rest = pathname.replace(new RegExp(`^/w/[^/]+/${props.area}/?`), '');
  const current =
    rest === '' ? props.tabs[0].key : (props.tabs.find((tab) => tab.key === rest.split('/')[0])?.key ?? null);

  return (
    <Stack gap="sm">
      <Title order={1} size="h2">
        {props.title}
      </Title>
      <Text size="sm" c="dimmed">
        {props.intro}
      </Text>
      <Tabs
        value={current}
        onChange={(value) => {
          const tab = props.tabs.find((candidate) => candidate.key === value);
          // Every tab's route is registered under the workspace; the string form keeps this component generic.
          if (tab) void navigate({ to: tab.to as '/w/$slug', params: { slug: workspace.slug } });
        }}
      >
        <Tabs.List aria-label={props.tabsLabel} style={SCROLLING_TAB_LIST} data-scroll-container="tabs">
          {props.tabs.map((tab) => (
            <Tabs.Tab key={tab.key} value={tab.key} data-testid={`${props.area}-tab-${tab.key}`}>
              {tab.label}
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
