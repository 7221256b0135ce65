import { useTranslation } from 'react-i18next';
import { SectionTabs } from '../../app/SectionTabs';

const TABS = [
  { key: 'assessments', to: '/w/$slug/assess' },
  { key: 'heatmap', to: '/w/$slug/assess/heatmap' },
  { key: 'needs', to: '/w/$slug/assess/needs' },
  { key: 'swot', to: '/w/$slug/assess/swot' },
  { key: 'consultations', to: '/w/$slug/assess/consultations' },
  { key: 'frameworks', to: '/w/$slug/assess/frameworks' },
] as const;

/** The area's sections as tabs; an assessment's page sits below them. */
export function AssessLayout() {
  const { t } = useTranslation('assess');
  return (
    <SectionTabs
      area="assess"
      title={t('title')}
      intro={t('intro')}
      tabsLabel={t('tabsLabel')}
      tabs={TABS.map((tab) => ({ ...tab, label: t(`tabs.${tab.key}`) }))}
    />
  );
}
