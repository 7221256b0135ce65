import { t } from './builtin-helpers.ts';
import {
  FINANCIAL_RISK_INDICATORS,
  OPERATIONS_RISK_INDICATORS,
  PERSONNEL_RISK_INDICATORS,
  POLITICAL_RISK_INDICATORS,
  PROCUREMENT_RISK_INDICATORS,
} from './defence-integrity-indicators.ts';
import type { Framework } from './types.ts';

/**
 * Corruption risk in defence across five areas. Indicators score 0–100 in steps of 25 (higher means
 * stronger safeguards, so lower risk); indicator, area and overall scores are unweighted means, and
 * letter bands run from A (very low risk) to F (critical). Fractional scores are rounded half up
 * to a whole number before banding, so 82.5 is an A and 16.5 an E.
 */
export const DEFENCE_INTEGRITY_RISK: Framework = {
  id: 'defence-integrity-risk',
  version: '1.0.0',
  name: t('Defence integrity risk', 'Risques pour l’intégrité de la défense', 'مخاطر النزاهة في قطاع الدفاع'),
  description: t(
    'Corruption risk in defence institutions across political, financial, personnel, operations and procurement areas, scored 0–100 and graded from A (very low risk) to F (critical risk).',
    'Le risque de corruption dans les institutions de défense, dans les domaines politique, financier, du personnel, des opérations et des marchés, noté de 0 à 100 et classé de A (risque très faible) à F (risque critique).',
    'تقييم مخاطر الفساد في مؤسسات الدفاع في خمسة مجالات: السياسة والمالية والأفراد والعمليات والمشتريات، على مقياس من 0 إلى 100 مع تصنيف من A (مخاطر منخفضة جداً) إلى F (مخاطر حرجة).',
  ),
  source:
    'Modelled on the structure of defence integrity indices (risk areas, five-level indicators, A–F bands) such as Transparency International’s work on defence; indicators written for Custodes.',
  scale: [
    {
      value: 0,
      label: '0',
      descriptor: t(
        'No safeguard exists, or practice openly contradicts it.',
        'Aucune garantie n’existe, ou la pratique la contredit ouvertement.',
      ),
    },
    {
      value: 25,
      label: '25',
      descriptor: t(
        'Safeguards are minimal or largely ignored; abuse is likely to go unchecked.',
        'Les garanties sont minimes ou largement ignorées ; les abus risquent de rester impunis.',
      ),
    },
    {
      value: 50,
      label: '50',
      descriptor: t(
        'Safeguards exist in part; they are applied inconsistently and gaps are significant.',
        'Les garanties existent en partie ; elles sont appliquées de façon irrégulière et les lacunes sont importantes.',
      ),
    },
    {
      value: 75,
      label: '75',
      descriptor: t(
        'Safeguards are mostly in place and applied, with limited weaknesses.',
        'Les garanties sont pour l’essentiel en place et appliquées, avec des faiblesses limitées.',
      ),
    },
    {
      value: 100,
      label: '100',
      descriptor: t(
        'Strong safeguards are in place, consistently applied and independently checked.',
        'Des garanties solides sont en place, appliquées de façon constante et vérifiées de manière indépendante.',
      ),
    },
  ],
  bands: [
    { label: 'A', min: 83, max: 100, description: t('Very low risk', 'Risque très faible') },
    { label: 'B', min: 67, max: 82, description: t('Low risk', 'Risque faible') },
    { label: 'C', min: 50, max: 66, description: t('Moderate risk', 'Risque modéré') },
    { label: 'D', min: 33, max: 49, description: t('High risk', 'Risque élevé') },
    { label: 'E', min: 17, max: 32, description: t('Very high risk', 'Risque très élevé') },
    { label: 'F', min: 0, max: 16, description: t('Critical risk', 'Risque critique') },
  ],
  aggregation: { method: 'mean' },
  groups: [
    {
      id: 'political',
      code: 'POL',
      name: t('Political risk', 'Risque politique'),
      dimension: 'political',
      items: POLITICAL_RISK_INDICATORS,
    },
    {
      id: 'financial',
      code: 'FIN',
      name: t('Financial risk', 'Risque financier'),
      dimension: 'economic',
      items: FINANCIAL_RISK_INDICATORS,
    },
    {
      id: 'personnel',
      code: 'PER',
      name: t('Personnel risk', 'Risque lié au personnel'),
      dimension: 'institutional',
      items: PERSONNEL_RISK_INDICATORS,
    },
    {
      id: 'operations',
      code: 'OPS',
      name: t('Operations risk', 'Risque opérationnel'),
      dimension: 'institutional',
      items: OPERATIONS_RISK_INDICATORS,
    },
    {
      id: 'procurement',
      code: 'PRO',
      name: t('Procurement risk', 'Risque lié aux marchés publics'),
      dimension: 'economic',
      items: PROCUREMENT_RISK_INDICATORS,
    },
  ],
};
