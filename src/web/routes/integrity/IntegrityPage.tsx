import { Alert, Stack, Text } from '@mantine/core';
import { Navigate, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { RouterButton } from '../../app/RouterLinks';
import { SectionTabs } from '../../app/SectionTabs';
import { PageLoader } from '../../app/status';
import { useCurrentWorkspace } from '../workspaces/workspaceContext';
import { useChannel } from './channelApi';

const TABS = {
  cases: '/w/$slug/integrity/cases',
  identity: '/w/$slug/integrity/identity',
  statistics: '/w/$slug/integrity/statistics',
  settings: '/w/$slug/integrity/settings',
  key: '/w/$slug/integrity/key',
} as const;
type TabKey = keyof typeof TABS;

/**
 * Which Integrity tabs the signed-in member has: cases for handlers, identity requests for
 * custodians, statistics for everyone, settings for managers, the key for every recipient.
 */
export function integrityTabsFor(
  view: { me: { role: 'handler' | 'custodian' } | null; canManage: boolean } | null,
) {
  const tabs: TabKey[] = [];
  if (view?.me?.role === 'handler') tabs.push('cases');
  if (view?.me?.role === 'custodian') tabs.push('identity');
  tabs.push('statistics');
  if (view?.canManage) tabs.push('settings');
  if (view?.me) tabs.push('key');
  return tabs;
}

/** The Integrity area: the whistle-blowing channel's cases, identity requests, statistics, settings and key. */
export function IntegrityPage() {
  const { t } = useTranslation('integrity');
  const { workspace } = useCurrentWorkspace();
  const slug = workspace.slug;
  const channel = useChannel(slug);
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  // members who are neither recipients nor managers may not read the channel: statistics only
  const view = channel.data ?? null;
  const tabs = integrityTabsFor(view);
  const [section, deeper] = pathname.replace(/^\/w\/[^/]+\/integrity\/?/, '').split('/');
  // the key tab, a case and the identity requests show the unlock panel, which says it already
  const keyNoticeShown = section === 'key' || section === 'identity' || Boolean(deeper);

  if (channel.isPending) return <PageLoader />;
  if (section && !tabs.includes(section as TabKey))
    return <Navigate to={TABS[tabs[0]]} params={{ slug }} replace />;

  return (
    <Stack gap="md">
      {view?.canManage && !view.channel && (
        <Alert color="blue" title={t('area.noChannelTitle')} data-testid="integrity-setup-cta">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('area.noChannel')}</Text>
            <RouterButton to="/w/$slug/integrity/settings" params={{ slug }} size="xs">
              {t('area.setUp')}
            </RouterButton>
          </Stack>
        </Alert>
      )}
      {view?.me && !view.me.hasKey && !keyNoticeShown && (
        <Alert color="yellow" data-testid="integrity-no-key">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('area.noKey')}</Text>
            <RouterButton to="/w/$slug/integrity/key" params={{ slug }} size="xs" variant="light">
              {t('area.setUpKey')}
            </RouterButton>
          </Stack>
        </Alert>
      )}
      <SectionTabs
        area="integrity"
        title={t('area.title')}
        intro={t('area.intro')}
        tabsLabel={t('area.tabsLabel')}
        tabs={tabs.map((key) => ({ key, to: TABS[key], label: t(`area.tabs.${key}`) }))}
      />
    </Stack>
  );
}
