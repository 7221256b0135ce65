import { useTranslation } from 'react-i18next';
import { SectionTabs } from '../../app/SectionTabs';
import { COORDINATION_TABS } from './coordinationTabs';

/** Donor coordination: who funds what, the mechanisms that bring funders together, and the compacts. */
export function CoordinationPage() {
  const { t } = useTranslation('coordination');
  return (
    <SectionTabs
      area="coordinate"
      title={t('title')}
      intro={t('intro')}
      tabsLabel={t('tabsLabel')}
      tabs={COORDINATION_TABS.map((tab) => ({ ...tab, label: t(`tabs.${tab.key}`) }))}
    />
  );
}
