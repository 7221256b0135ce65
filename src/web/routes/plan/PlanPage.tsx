import { Stack, Tabs } from '@mantine/core';
import { useBlocker, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../app/ConfirmModal';
import { SCROLLING_TAB_LIST } from '../../app/SectionTabs';
import { ErrorAlert, PageLoader } from '../../app/status';
import { GanttTab } from './gantt/GanttTab';
import { OptimiseTab } from './optimise/OptimiseTab';
import { PlanHeader } from './PlanHeader';
import { usePlanDetailQuery, usePlanPermissions, usePlansQuery } from './planQueries';
import { isPlanTab, PLAN_TABS, type PlanTab } from './planTabs';
import { PortfolioTab } from './portfolio/PortfolioTab';
import { ResourcesTab } from './resources/ResourcesTab';
import { RisksTab } from './risks/RisksTab';
import { ScenariosTab } from './scenarios/ScenariosTab';
import { TrackingTab } from './tracking/TrackingTab';

/** One plan: its header, then the Gantt, resources, optimisation, portfolio, scenarios, tracking and risks. */
export function PlanPage({ planId, tab }: { planId: string; tab: PlanTab }) {
  const { t } = useTranslation('plan');
  const { slug } = usePlanPermissions();
  const navigate = useNavigate();
  const detail = usePlanDetailQuery(slug, planId);
  const plans = usePlansQuery(slug);
  // unsaved Gantt moves live here so that looking at another tab does not lose them
  const [edits, setEdits] = useState<Record<string, number>>({});
  const unsaved = Object.keys(edits).length > 0;
  // leaving the plan (not just changing tab) with unsaved moves asks first
  const blocker = useBlocker({
    shouldBlockFn: ({ current, next }) => unsaved && current.pathname !== next.pathname,
    enableBeforeUnload: () => unsaved,
    withResolver: true,
  });

  const openTab = (value: PlanTab) =>
    navigate({
      to: '/w/$slug/plan/$planId',
      params: { slug, planId },
      search: { tab: value },
      replace: true,
    });

  if (detail.isPending) return <PageLoader />;
  if (detail.isError) return <ErrorAlert error={detail.error} />;

  return (
    <Stack gap="md">
      <PlanHeader slug={slug} detail={detail.data} plans={plans.data?.plans} />
      <Tabs
        value={tab}
        onChange={(value) => {
          if (isPlanTab(value)) void openTab(value);
        }}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('page.tabsLabel')} style={SCROLLING_TAB_LIST} data-scroll-container="tabs">
          {PLAN_TABS.map((key) => (
            <Tabs.Tab key={key} value={key} data-testid={`plan-tab-${key}`}>
              {t(`page.tabs.${key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="gantt" pt="md">
          <GanttTab
            detail={detail.data}
            edits={edits}
            onEditsChange={setEdits}
            onOptimise={() => void openTab('optimise')}
          />
        </Tabs.Panel>
        <Tabs.Panel value="resources" pt="md">
          <ResourcesTab detail={detail.data} edits={edits} />
        </Tabs.Panel>
        <Tabs.Panel value="optimise" pt="md">
          <OptimiseTab
            detail={detail.data}
            onApplied={() => {
              setEdits({});
              void openTab('gantt');
            }}
          />
        </Tabs.Panel>
        <Tabs.Panel value="portfolio" pt="md">
          <PortfolioTab slug={slug} planId={planId} />
        </Tabs.Panel>
        <Tabs.Panel value="scenarios" pt="md">
          <ScenariosTab slug={slug} planId={planId} />
        </Tabs.Panel>
        <Tabs.Panel value="tracking" pt="md">
          <TrackingTab slug={slug} planId={planId} />
        </Tabs.Panel>
        <Tabs.Panel value="risks" pt="md">
          <RisksTab slug={slug} planId={planId} />
        </Tabs.Panel>
      </Tabs>
      <ConfirmModal
        opened={blocker.status === 'blocked'}
        title={t('gantt.leaveTitle')}
        message={t('gantt.leaveMessage', { count: Object.keys(edits).length })}
        confirmLabel={t('gantt.leaveConfirm')}
        busy={false}
        onConfirm={() => blocker.proceed?.()}
        onClose={() => blocker.reset?.()}
      />
    </Stack>
  );
}
