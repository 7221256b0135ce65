import { MATURITY_SCALE, questions, t } from './builtin-helpers.ts';
import type { Framework, Group, LocalizedText, SsrDimension } from './types.ts';

/** [sub-area name (en), (fr), question (en), (fr)] */
type SubArea = [string, string, string, string];

function area(
  id: string,
  code: string,
  name: LocalizedText,
  dimension: SsrDimension,
  subAreas: SubArea[],
): Group {
  return {
    id,
    code,
    name,
    dimension,
    items: [],
    groups: subAreas.map(([nameEn, nameFr, questionEn, questionFr], index) => ({
      id: `${id}.${index + 1}`,
      code: `${code}.${index + 1}`,
      name: t(nameEn, nameFr),
      items: questions(`${id}.${index + 1}`, `${code}.${index + 1}`, [[questionEn, questionFr]]),
    })),
  };
}

/** The integrity areas a comprehensive reform examines: political, financial and human resources. */
export const INTEGRITY_AREAS: Framework = {
  id: 'integrity-areas',
  version: '1.0.0',
  name: t(
    'Integrity areas of the security sector',
    'Domaines d’intégrité du secteur de la sécurité',
    'مجالات النزاهة في قطاع الأمن',
  ),
  description: t(
    'Integrity in the political, financial and human resources areas of the security sector and their sub-areas, each assessed on a maturity scale from 0 to 4.',
    'L’intégrité dans les domaines politique, financier et des ressources humaines du secteur de la sécurité et leurs sous-domaines, chacun évalué sur une échelle de maturité de 0 à 4.',
    'تقييم النزاهة في المجالات السياسية والمالية والموارد البشرية لقطاع الأمن وفروعها، على مقياس نضج من 0 إلى 4.',
  ),
  source:
    'Areas and sub-areas from the CIDS Integrity Action Plan handbook for defence establishments (2014, p. 27); questions written for Custodes.',
  scale: MATURITY_SCALE,
  aggregation: { method: 'mean' },
  groups: [
    area('pol', 'POL', t('Political', 'Politique'), 'political', [
      [
        'Parliamentary oversight',
        'Contrôle parlementaire',
        'Does parliament scrutinise defence and security policy, budgets and major decisions, with the powers and information to do so?',
        'Le parlement contrôle-t-il la politique, les budgets et les grandes décisions de défense et de sécurité, avec les pouvoirs et l’information nécessaires ?',
      ],
      [
        'Public defence and security policies',
        'Politiques publiques de défense et de sécurité',
        'Are defence and security policies published and debated in public before they are adopted?',
        'Les politiques de défense et de sécurité sont-elles publiées et débattues publiquement avant leur adoption ?',
      ],
      [
        'Access to defence budgets',
        'Accès aux budgets de défense',
        'Can parliament and the public obtain the defence and security budget in enough detail to follow how money is used?',
        'Le parlement et le public peuvent-ils obtenir le budget de défense et de sécurité avec assez de détails pour suivre l’emploi des fonds ?',
      ],
      [
        'Civil society in security debates',
        'Société civile dans les débats sur la sécurité',
        'Are civil society organisations included in debates on the security sector and its reform?',
        'Les organisations de la société civile sont-elles associées aux débats sur le secteur de la sécurité et sa réforme ?',
      ],
      [
        'Oversight of intelligence services',
        'Contrôle des services de renseignement',
        'Is there independent oversight of intelligence services, with access to their activities and budgets?',
        'Existe-t-il un contrôle indépendant des services de renseignement, avec accès à leurs activités et à leurs budgets ?',
      ],
      [
        'Oversight of arms deals',
        'Contrôle des contrats d’armement',
        'Are major arms purchases and sales subject to independent scrutiny, including of agents and offset arrangements?',
        'Les achats et ventes d’armes importants font-ils l’objet d’un contrôle indépendant, y compris des intermédiaires et des compensations ?',
      ],
      [
        'Anti-corruption policy and regulations',
        'Politique et réglementation anticorruption',
        'Is there an anti-corruption policy covering defence and security, with a named body responsible for carrying it out?',
        'Existe-t-il une politique anticorruption couvrant la défense et la sécurité, avec une instance désignée pour la mettre en œuvre ?',
      ],
      [
        'International standards and conventions',
        'Normes et conventions internationales',
        'Has the state adopted and applied the international conventions and standards relevant to integrity in the sector, such as those on corruption and arms transfers?',
        'L’État a-t-il adopté et appliqué les conventions et normes internationales pertinentes pour l’intégrité du secteur, comme celles sur la corruption et les transferts d’armes ?',
      ],
    ]),
    area('fin', 'FIN', t('Financial', 'Financier'), 'economic', [
      [
        'Planning and budgeting',
        'Planification et budgétisation',
        'Are defence and security budgets derived from approved plans and priorities, with multi-year cost estimates?',
        'Les budgets de défense et de sécurité découlent-ils de plans et de priorités approuvés, avec des estimations pluriannuelles des coûts ?',
      ],
      [
        'Financial management',
        'Gestion financière',
        'Are spending controls, accounting and cash management in security institutions reliable and applied?',
        'Les contrôles de la dépense, la comptabilité et la gestion de trésorerie des institutions de sécurité sont-ils fiables et appliqués ?',
      ],
      [
        'Transparency',
        'Transparence',
        'Are budget execution reports of security institutions published regularly?',
        'Les rapports d’exécution budgétaire des institutions de sécurité sont-ils publiés régulièrement ?',
      ],
      [
        'Regulation of secret budgets',
        'Encadrement des budgets secrets',
        'Are secret budgets limited by law and reviewed by a parliamentary or audit body cleared to see them?',
        'Les budgets secrets sont-ils limités par la loi et examinés par un organe parlementaire ou de contrôle habilité à les consulter ?',
      ],
      [
        'Audit',
        'Audit',
        'Does the supreme audit institution audit security institutions, classified spending included, and publish its findings?',
        'L’institution supérieure de contrôle audite-t-elle les institutions de sécurité, dépenses classifiées comprises, et publie-t-elle ses constats ?',
      ],
      [
        'Inspectors general',
        'Inspections générales',
        'Is there an inspector general or internal audit function independent enough to investigate irregularities?',
        'Existe-t-il une inspection générale ou un audit interne assez indépendant pour enquêter sur les irrégularités ?',
      ],
      [
        'Acquisition',
        'Acquisition',
        'Are major acquisitions justified by documented needs linked to strategy, with whole-life costs estimated?',
        'Les acquisitions importantes sont-elles justifiées par des besoins documentés liés à la stratégie, avec une estimation du coût global de possession ?',
      ],
      [
        'Procurement',
        'Passation des marchés',
        'Is procurement competitive by default, with every exception justified, recorded and reviewed?',
        'La passation des marchés est-elle concurrentielle par défaut, chaque exception étant justifiée, consignée et contrôlée ?',
      ],
      [
        'Legal framework for budgets and finances',
        'Cadre juridique des budgets et des finances',
        'Do laws and regulations cover all security finances, including off-budget revenue and businesses owned by the forces?',
        'Les lois et règlements couvrent-ils toutes les finances de la sécurité, y compris les recettes hors budget et les entreprises détenues par les forces ?',
      ],
    ]),
    area('hr', 'HR', t('Human resources', 'Ressources humaines'), 'institutional', [
      [
        'Human resources management',
        'Gestion des ressources humaines',
        'Are personnel records complete and accurate, and do staff numbers match approved establishments?',
        'Les dossiers du personnel sont-ils complets et exacts, et les effectifs correspondent-ils aux tableaux d’effectifs approuvés ?',
      ],
      [
        'Gender',
        'Genre',
        'Are gender equality policies applied in recruitment, deployment and promotion, and is their effect monitored?',
        'Les politiques d’égalité entre les sexes sont-elles appliquées au recrutement, à l’affectation et à l’avancement, et leurs effets sont-ils suivis ?',
      ],
      [
        'Payroll, promotions and rewards',
        'Solde, promotions et récompenses',
        'Are pay, promotions and rewards governed by published rules, with the payroll checked against personnel records?',
        'La solde, les promotions et les récompenses obéissent-elles à des règles publiées, la solde étant rapprochée des dossiers du personnel ?',
      ],
      [
        'Codes of conduct',
        'Codes de conduite',
        'Is there a code of conduct on which staff are trained and which is enforced?',
        'Existe-t-il un code de conduite sur lequel le personnel est formé et qui est appliqué ?',
      ],
      [
        'Conflicts of interest',
        'Conflits d’intérêts',
        'Must officials declare their interests and assets, and are the declarations checked?',
        'Les responsables doivent-ils déclarer leurs intérêts et leur patrimoine, et ces déclarations sont-elles vérifiées ?',
      ],
      [
        'Building integrity training',
        'Formation au renforcement de l’intégrité',
        'Do personnel receive regular integrity training suited to their role and its risks?',
        'Le personnel reçoit-il régulièrement une formation à l’intégrité adaptée à sa fonction et à ses risques ?',
      ],
      [
        'Rules on gifts',
        'Règles sur les cadeaux',
        'Are there clear rules on gifts and hospitality, with a register that is kept and reviewed?',
        'Existe-t-il des règles claires sur les cadeaux et invitations, avec un registre tenu et contrôlé ?',
      ],
      [
        'Whistle-blowing and whistle-blower protection',
        'Signalement et protection des lanceurs d’alerte',
        'Can personnel report wrongdoing through safe channels, and are those who report protected from reprisal in practice?',
        'Le personnel peut-il signaler des manquements par des canaux sûrs, et les auteurs de signalements sont-ils protégés en pratique contre les représailles ?',
      ],
      [
        'Ombuds institutions',
        'Institutions de médiation',
        'Is there an ombuds institution to which personnel and the public can take complaints about the security sector?',
        'Existe-t-il une institution de médiation à laquelle le personnel et le public peuvent adresser des plaintes sur le secteur de la sécurité ?',
      ],
      [
        'Prosecution and disciplinary mechanisms',
        'Poursuites et mécanismes disciplinaires',
        'Are misconduct and corruption cases investigated and disciplined or prosecuted consistently, whatever the rank of those involved?',
        'Les cas de manquement et de corruption font-ils l’objet d’enquêtes et de sanctions disciplinaires ou de poursuites de façon constante, quel que soit le grade des personnes en cause ?',
      ],
    ]),
  ],
};
