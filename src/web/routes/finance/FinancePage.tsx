import { useTranslation } from 'react-i18next';
import { SectionTabs } from '../../app/SectionTabs';
import { FINANCE_TABS } from './financeTabs';

/** The finance area: its sections as tabs, each its own address. */
export function FinancePage() {
  const { t } = useTranslation('finance');
  return (
    <SectionTabs
      area="finance"
      title={t('title')}
      intro={t('intro')}
      tabsLabel={t('tabsLabel')}
      tabs={FINANCE_TABS.map((tab) => ({ ...tab, label: t(`tabs.${tab.key}`) }))}
    />
  );
}
