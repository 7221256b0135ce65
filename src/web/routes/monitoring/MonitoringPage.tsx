import { useTranslation } from 'react-i18next';
import { SectionTabs } from '../../app/SectionTabs';
import { MONITORING_TABS } from './monitoringTabs';

/** The Monitor area: its sections as tabs, each its own address. */
export function MonitoringPage() {
  const { t } = useTranslation('monitoring');
  return (
    <SectionTabs
      area="monitor"
      title={t('title')}
      intro={t('intro')}
      tabsLabel={t('tabsLabel')}
      tabs={MONITORING_TABS.map((tab) => ({ ...tab, label: t(`tabs.${tab.key}`) }))}
    />
  );
}
