import { useTranslation } from 'react-i18next';
import { SectionTabs } from '../../app/SectionTabs';

const TABS = [
  { key: 'registry', to: '/w/$slug/map' },
  { key: 'relations', to: '/w/$slug/map/relations' },
  { key: 'graph', to: '/w/$slug/map/graph' },
  { key: 'gaps', to: '/w/$slug/map/gaps' },
  { key: 'transfer', to: '/w/$slug/map/transfer' },
] as const;

/** The sector map's sections as tabs. */
export function MapLayout() {
  const { t } = useTranslation();
  return (
    <SectionTabs
      area="map"
      title={t('map.title')}
      intro={t('map.intro')}
      tabsLabel={t('map.tabsLabel')}
      tabs={TABS.map((tab) => ({ ...tab, label: t(`map.tabs.${tab.key}`) }))}
    />
  );
}
