import { t } from './builtin-helpers.ts';
import type { Framework, Group, PefaMethod, SsrDimension } from './types.ts';

/** [dimension text (en), (fr), guidance (en)] */
type Dimension = [string, string, string];

function indicator(
  number: number,
  pefaMethod: PefaMethod,
  dimension: SsrDimension,
  name: [string, string],
  dimensions: Dimension[],
): Group {
  return {
    id: `spi-${number}`,
    code: `SPI-${number}`,
    name: t(...name),
    dimension,
    pefaMethod,
    items: dimensions.map(([en, fr, guidance], index) => ({
      id: `spi-${number}.${index + 1}`,
      code: `SPI-${number}.${index + 1}`,
      text: t(en, fr),
      guidance: t(guidance),
    })),
  };
}

/**
 * Public finance in the security sector, scored the PEFA way: each dimension A–D, each indicator
 * combined by weakest link (M1) where one weak dimension undermines the rest, or by averaging (M2)
 * where dimensions compensate for one another.
 */
export const PEFA_STYLE: Framework = {
  id: 'pefa-style',
  version: '1.0.0',
  name: t(
    'Security sector public finance (PEFA-style)',
    'Finances publiques du secteur de la sécurité (méthode PEFA)',
    'المالية العامة لقطاع الأمن (على نمط PEFA)',
  ),
  description: t(
    'Indicators of public financial management in defence and security, with dimensions graded A to D and combined per indicator by the PEFA weakest-link (M1) or averaging (M2) method.',
    'Indicateurs de gestion des finances publiques de la défense et de la sécurité, dont les composantes sont notées de A à D et agrégées par indicateur selon la méthode PEFA du maillon faible (M1) ou de la moyenne (M2).',
    'مؤشرات لإدارة المالية العامة في قطاعي الدفاع والأمن، تُقيَّم أبعادها من A إلى D وتُجمَّع لكل مؤشر بطريقة الحلقة الأضعف (M1) أو المتوسط (M2) وفق منهجية PEFA.',
  ),
  source:
    'Scoring method of the PEFA Framework for assessing public financial management (2016); security-sector indicators adapted for Custodes, not official PEFA indicators.',
  scale: [
    {
      value: 1,
      label: 'D',
      descriptor: t(
        'Below the basic level, absent, or too little information to score (recorded as D*).',
        'En deçà du niveau de base, absent, ou informations insuffisantes pour noter (noté D*).',
      ),
    },
    {
      value: 2,
      label: 'C',
      descriptor: t(
        'Basic level of performance, consistent with good international practice.',
        'Niveau de performance de base, conforme aux bonnes pratiques internationales.',
      ),
    },
    {
      value: 3,
      label: 'B',
      descriptor: t(
        'Sound performance, meeting many elements of good international practice.',
        'Bonne performance, répondant à de nombreux éléments des bonnes pratiques internationales.',
      ),
    },
    {
      value: 4,
      label: 'A',
      descriptor: t(
        'High performance, meeting good international practice in full.',
        'Performance élevée, pleinement conforme aux bonnes pratiques internationales.',
      ),
    },
  ],
  aggregation: { method: 'pefa' },
  groups: [
    indicator(
      1,
      'M1',
      'economic',
      ['Reliability of the security budget', 'Fiabilité du budget de la sécurité'],
      [
        [
          'Aggregate outturn of defence and security spending against the approved budget',
          'Exécution globale des dépenses de défense et de sécurité par rapport au budget approuvé',
          'Compare actual with budgeted spending for each of the last three completed years.',
        ],
        [
          'Outturn by institution and programme against the approved budget',
          'Exécution par institution et par programme par rapport au budget approuvé',
          'Measure how far spending was reallocated between institutions and programmes during the year.',
        ],
        [
          'Use of contingency reserves and supplementary allocations',
          'Recours aux réserves pour imprévus et aux crédits supplémentaires',
          'Look at how often and how much security institutions draw on reserves or supplementary budgets.',
        ],
      ],
    ),
    indicator(
      2,
      'M2',
      'economic',
      ['Comprehensiveness of security budgets', 'Exhaustivité des budgets de sécurité'],
      [
        [
          'Coverage of own-source revenue and extrabudgetary funds of security institutions',
          'Couverture des recettes propres et des fonds extrabudgétaires des institutions de sécurité',
          'Include revenue from military-owned businesses, fees, asset sales and donor funds outside the budget.',
        ],
        [
          'Budget classification consistent with government-wide standards',
          'Classification budgétaire conforme aux normes de l’ensemble de l’administration',
          'Check that administrative, economic and functional classifications follow the national standard.',
        ],
        [
          'Treatment of classified expenditure in budget documentation',
          'Traitement des dépenses classifiées dans la documentation budgétaire',
          'Classified spending should at least appear as totals, with details available to cleared overseers.',
        ],
      ],
    ),
    indicator(
      3,
      'M1',
      'political',
      ['Legislative scrutiny of security budgets', 'Examen législatif des budgets de sécurité'],
      [
        [
          'Scope of legislative scrutiny of defence and security budget proposals',
          'Portée de l’examen législatif des projets de budget de défense et de sécurité',
          'Does scrutiny cover policy, medium-term priorities and detailed estimates, not only totals?',
        ],
        [
          'Legislative procedures and committee access to classified budget information',
          'Procédures législatives et accès des commissions aux informations budgétaires classifiées',
          'Look for established procedures, specialised committees and cleared members or staff.',
        ],
        [
          'Timing of budget approval',
          'Calendrier d’adoption du budget',
          'Is the budget approved before the start of the fiscal year?',
        ],
        [
          'Rules for in-year budget changes by the executive',
          'Règles de modification du budget en cours d’exercice par l’exécutif',
          'Are there clear limits on reallocations without legislative approval, and are they respected?',
        ],
      ],
    ),
    indicator(
      4,
      'M1',
      'economic',
      ['External audit of security institutions', 'Audit externe des institutions de sécurité'],
      [
        [
          'Audit coverage, classified spending included',
          'Couverture de l’audit, dépenses classifiées comprises',
          'Share of security spending audited by the supreme audit institution over the last three years.',
        ],
        [
          'Submission of audit reports to the legislature',
          'Transmission des rapports d’audit au parlement',
          'Time from the end of the audited period to submission of the report.',
        ],
        [
          'Follow-up of audit recommendations',
          'Suivi des recommandations d’audit',
          'Evidence that security institutions respond to and implement recommendations.',
        ],
        [
          'Independence of the supreme audit institution in the security sector',
          'Indépendance de l’institution supérieure de contrôle dans le secteur de la sécurité',
          'Unrestricted access to records, facilities and personnel, and freedom to publish.',
        ],
      ],
    ),
    indicator(
      5,
      'M2',
      'economic',
      ['Procurement in defence and security', 'Marchés publics de défense et de sécurité'],
      [
        [
          'Procurement records and monitoring',
          'Registres et suivi des marchés',
          'Completeness of records on what was bought, at what price and from whom.',
        ],
        [
          'Share of contracts awarded by competitive methods',
          'Part des marchés attribués par mise en concurrence',
          'Value of contracts awarded competitively as a share of total contract value.',
        ],
        [
          'Public access to procurement information',
          'Accès du public à l’information sur les marchés',
          'Publication of plans, tenders, awards and complaint outcomes, with justified exemptions only.',
        ],
        [
          'Independent handling of procurement complaints',
          'Traitement indépendant des recours en matière de marchés',
          'A body outside the buying institution resolves complaints within set time limits.',
        ],
      ],
    ),
    indicator(
      6,
      'M1',
      'institutional',
      ['Payroll controls for security personnel', 'Contrôle de la solde du personnel de sécurité'],
      [
        [
          'Integration of payroll and personnel records',
          'Intégration de la solde et des dossiers du personnel',
          'Payroll is supported by complete personnel records and reconciled with them each month.',
        ],
        [
          'Management of payroll changes',
          'Gestion des modifications de la solde',
          'Changes to personnel and pay are processed promptly, with few retroactive adjustments.',
        ],
        [
          'Internal control of the payroll',
          'Contrôle interne de la solde',
          'Authority to change records and pay is restricted and leaves an audit trail.',
        ],
        [
          'Payroll audit',
          'Audit de la solde',
          'Regular payroll audits, including headcounts to detect ghost personnel.',
        ],
      ],
    ),
  ],
};
