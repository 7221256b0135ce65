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
  name: {
    en: 'Defence integrity risk',
    fr: 'Risques pour l’intégrité de la défense',
    ar: 'مخاطر النزاهة في قطاع الدفاع',
    es: 'Riesgos para la integridad de la defensa',
    pt: 'Riscos para a integridade da defesa',
  },
  description: {
    en: 'Corruption risk in defence institutions across political, financial, personnel, operations and procurement areas, scored 0–100 and graded from A (very low risk) to F (critical risk).',
    fr: 'Le risque de corruption dans les institutions de défense, dans les domaines politique, financier, du personnel, des opérations et des marchés, noté de 0 à 100 et classé de A (risque très faible) à F (risque critique).',
    ar: 'تقييم مخاطر الفساد في مؤسسات الدفاع في خمسة مجالات: السياسة والمالية والأفراد والعمليات والمشتريات، على مقياس من 0 إلى 100 مع تصنيف من A (مخاطر منخفضة جدًا) إلى F (مخاطر حرجة).',
    es: 'El riesgo de corrupción en las instituciones de defensa, en las áreas política, financiera, de personal, de operaciones y de contratación, puntuado de 0 a 100 y clasificado de A (riesgo muy bajo) a F (riesgo crítico).',
    pt: 'O risco de corrupção nas instituições de defesa, nas áreas política, financeira, de pessoal, de operações e de contratação, pontuado de 0 a 100 e classificado de A (risco muito baixo) a F (risco crítico).',
  },
  source:
    'Modelled on the structure of defence integrity indices (risk areas, five-level indicators, A–F bands) such as Transparency International’s work on defence; indicators written for Custodes.',
  scale: [
    {
      value: 0,
      label: '0',
      descriptor: {
        en: 'No safeguard exists, or practice openly contradicts it.',
        fr: 'Aucune garantie n’existe, ou la pratique la contredit ouvertement.',
        ar: 'لا توجد أي ضمانة، أو أن الممارسة تناقضها علنًا.',
        es: 'No existe ninguna salvaguardia, o la práctica la contradice abiertamente.',
        pt: 'Não existe qualquer salvaguarda, ou a prática contradi-la abertamente.',
      },
    },
    {
      value: 25,
      label: '25',
      descriptor: {
        en: 'Safeguards are minimal or largely ignored; abuse is likely to go unchecked.',
        fr: 'Les garanties sont minimes ou largement ignorées ; les abus risquent de rester impunis.',
        ar: 'الضمانات في حدها الأدنى أو مُهمَلة إلى حد كبير؛ ومن المرجح أن تمر التجاوزات دون رادع.',
        es: 'Las salvaguardias son mínimas o se ignoran en gran medida; es probable que los abusos queden sin control.',
        pt: 'As salvaguardas são mínimas ou largamente ignoradas; é provável que os abusos fiquem sem controlo.',
      },
    },
    {
      value: 50,
      label: '50',
      descriptor: {
        en: 'Safeguards exist in part; they are applied inconsistently and gaps are significant.',
        fr: 'Les garanties existent en partie ; elles sont appliquées de façon irrégulière et les lacunes sont importantes.',
        ar: 'الضمانات قائمة جزئيًا؛ وتُطبَّق على نحو غير منتظم، والثغرات كبيرة.',
        es: 'Las salvaguardias existen en parte; se aplican de forma irregular y las carencias son importantes.',
        pt: 'As salvaguardas existem em parte; são aplicadas de forma irregular e as lacunas são significativas.',
      },
    },
    {
      value: 75,
      label: '75',
      descriptor: {
        en: 'Safeguards are mostly in place and applied, with limited weaknesses.',
        fr: 'Les garanties sont pour l’essentiel en place et appliquées, avec des faiblesses limitées.',
        ar: 'الضمانات قائمة ومطبَّقة في معظمها، مع مواطن ضعف محدودة.',
        es: 'Las salvaguardias están establecidas y se aplican en su mayor parte, con debilidades limitadas.',
        pt: 'As salvaguardas estão, no essencial, instituídas e aplicadas, com fragilidades limitadas.',
      },
    },
    {
      value: 100,
      label: '100',
      descriptor: {
        en: 'Strong safeguards are in place, consistently applied and independently checked.',
        fr: 'Des garanties solides sont en place, appliquées de façon constante et vérifiées de manière indépendante.',
        ar: 'توجد ضمانات قوية، تُطبَّق باتساق وتخضع لتحقق مستقل.',
        es: 'Existen salvaguardias sólidas, aplicadas de manera constante y verificadas de forma independiente.',
        pt: 'Existem salvaguardas sólidas, aplicadas de forma consistente e verificadas de modo independente.',
      },
    },
  ],
  bands: [
    {
      label: 'A',
      min: 83,
      max: 100,
      description: {
        en: 'Very low risk',
        fr: 'Risque très faible',
        ar: 'مخاطر منخفضة جدًا',
        es: 'Riesgo muy bajo',
        pt: 'Risco muito baixo',
      },
    },
    {
      label: 'B',
      min: 67,
      max: 82,
      description: {
        en: 'Low risk',
        fr: 'Risque faible',
        ar: 'مخاطر منخفضة',
        es: 'Riesgo bajo',
        pt: 'Risco baixo',
      },
    },
    {
      label: 'C',
      min: 50,
      max: 66,
      description: {
        en: 'Moderate risk',
        fr: 'Risque modéré',
        ar: 'مخاطر معتدلة',
        es: 'Riesgo moderado',
        pt: 'Risco moderado',
      },
    },
    {
      label: 'D',
      min: 33,
      max: 49,
      description: {
        en: 'High risk',
        fr: 'Risque élevé',
        ar: 'مخاطر مرتفعة',
        es: 'Riesgo alto',
        pt: 'Risco elevado',
      },
    },
    {
      label: 'E',
      min: 17,
      max: 32,
      description: {
        en: 'Very high risk',
        fr: 'Risque très élevé',
        ar: 'مخاطر مرتفعة جدًا',
        es: 'Riesgo muy alto',
        pt: 'Risco muito elevado',
      },
    },
    {
      label: 'F',
      min: 0,
      max: 16,
      description: {
        en: 'Critical risk',
        fr: 'Risque critique',
        ar: 'مخاطر حرجة',
        es: 'Riesgo crítico',
        pt: 'Risco crítico',
      },
    },
  ],
  aggregation: { method: 'mean' },
  groups: [
    {
      id: 'political',
      code: 'POL',
      name: {
        en: 'Political risk',
        fr: 'Risque politique',
        ar: 'المخاطر السياسية',
        es: 'Riesgo político',
        pt: 'Risco político',
      },
      dimension: 'political',
      items: POLITICAL_RISK_INDICATORS,
    },
    {
      id: 'financial',
      code: 'FIN',
      name: {
        en: 'Financial risk',
        fr: 'Risque financier',
        ar: 'المخاطر المالية',
        es: 'Riesgo financiero',
        pt: 'Risco financeiro',
      },
      dimension: 'economic',
      items: FINANCIAL_RISK_INDICATORS,
    },
    {
      id: 'personnel',
      code: 'PER',
      name: {
        en: 'Personnel risk',
        fr: 'Risque lié au personnel',
        ar: 'المخاطر المتعلقة بالأفراد',
        es: 'Riesgo relacionado con el personal',
        pt: 'Risco relacionado com o pessoal',
      },
      dimension: 'institutional',
      items: PERSONNEL_RISK_INDICATORS,
    },
    {
      id: 'operations',
      code: 'OPS',
      name: {
        en: 'Operations risk',
        fr: 'Risque opérationnel',
        ar: 'المخاطر العملياتية',
        es: 'Riesgo operacional',
        pt: 'Risco operacional',
      },
      dimension: 'institutional',
      items: OPERATIONS_RISK_INDICATORS,
    },
    {
      id: 'procurement',
      code: 'PRO',
      name: {
        en: 'Procurement risk',
        fr: 'Risque lié aux marchés publics',
        ar: 'المخاطر المتعلقة بالمشتريات',
        es: 'Riesgo relacionado con la contratación pública',
        pt: 'Risco relacionado com a contratação pública',
      },
      dimension: 'economic',
      items: PROCUREMENT_RISK_INDICATORS,
    },
  ],
};
