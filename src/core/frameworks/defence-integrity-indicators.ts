import { t } from './builtin-helpers.ts';
import type { Item, ScaleLevel } from './types.ts';

export const RISK_SCALE_VALUES = [0, 25, 50, 75, 100] as const;

/** Descriptors from the weakest safeguards (0) to the strongest (100), in English. */
type FiveLevels = [string, string, string, string, string];

function indicator(id: string, code: string, text: [string, string], levels: FiveLevels): Item {
  const rubric: ScaleLevel[] = RISK_SCALE_VALUES.map((value, index) => ({
    value,
    label: String(value),
    descriptor: t(levels[index]),
  }));
  return { id, code, text: t(...text), levels: rubric };
}

export const POLITICAL_RISK_INDICATORS: Item[] = [
  indicator(
    'pol-1',
    'POL.1',
    ['Legislative scrutiny of defence policy', 'Contrôle législatif de la politique de défense'],
    [
      'The legislature has no say in defence policy, or its role is a formality.',
      'A defence committee exists but lacks powers, staff or information and rarely acts.',
      'The committee reviews policy and budgets, with limited information and little influence.',
      'The committee scrutinises policy and budgets regularly and usually gets the information it asks for.',
      'The committee has full powers, expert staff and timely information, and its recommendations are acted on.',
    ],
  ),
  indicator(
    'pol-2',
    'POL.2',
    ['Openness of defence policy debate', 'Ouverture du débat sur la politique de défense'],
    [
      'Defence policy is made in secret; public debate is discouraged or punished.',
      'Some policy statements exist, but they are vague and not open to comment.',
      'A policy is published, with occasional and selective consultation.',
      'The policy is published and debated, with consultation of experts and civil society.',
      'Policy is published, debated openly and reviewed on a regular cycle that includes public input.',
    ],
  ),
  indicator(
    'pol-3',
    'POL.3',
    ['Anti-corruption policy for defence', 'Politique anticorruption pour la défense'],
    [
      'There is no anti-corruption policy that covers defence.',
      'Anti-corruption commitments are stated but have no plan or responsible body.',
      'A policy exists with some measures, but implementation is patchy and unmonitored.',
      'The policy is implemented by a named body with resources and reports on progress.',
      'The policy is implemented, independently evaluated and updated, with results made public.',
    ],
  ),
  indicator(
    'pol-4',
    'POL.4',
    ['Oversight of intelligence services', 'Contrôle des services de renseignement'],
    [
      'Intelligence services answer to no one outside their own chain of command.',
      'Oversight exists in law only, or lies with bodies that depend on the services.',
      'An oversight body exists but sees only part of the services’ activities and budgets.',
      'An independent body oversees activities and budgets, with some limits on its access.',
      'Independent oversight has full access, approves intrusive measures and reports publicly.',
    ],
  ),
];

export const FINANCIAL_RISK_INDICATORS: Item[] = [
  indicator(
    'fin-1',
    'FIN.1',
    ['Transparency of the defence budget', 'Transparence du budget de la défense'],
    [
      'The defence budget is not published at all.',
      'Only a single total is published.',
      'The budget is published by broad category with little explanation.',
      'A detailed budget is published, with explanations for most lines.',
      'A detailed, explained budget and in-year execution reports are published on time.',
    ],
  ),
  indicator(
    'fin-2',
    'FIN.2',
    ['Control of secret and off-budget spending', 'Contrôle des dépenses secrètes et hors budget'],
    [
      'Secret and off-budget spending is large and escapes all control.',
      'Such spending is known to exist but its size and use are not reviewed.',
      'Its size is disclosed to some officials, with occasional review.',
      'It is limited by law and reviewed by a cleared committee or auditor.',
      'It is minimal, limited by law and fully reviewed, with summary results made public.',
    ],
  ),
  indicator(
    'fin-3',
    'FIN.3',
    ['Internal audit and inspectors general', 'Audit interne et inspections générales'],
    [
      'There is no internal audit or inspectorate.',
      'An internal audit unit exists but lacks staff and independence.',
      'Internal audit works but its findings are often ignored.',
      'Internal audit is independent, covers main risks and findings are usually acted on.',
      'Internal audit is independent and risk-based, and action on every finding is tracked to closure.',
    ],
  ),
  indicator(
    'fin-4',
    'FIN.4',
    ['External audit of defence spending', 'Audit externe des dépenses de défense'],
    [
      'The national audit office cannot audit defence.',
      'Audits are rare and exclude large parts of defence spending.',
      'Audits cover most spending but reports are late or not published.',
      'Audits cover all spending, reports reach parliament on time and are mostly published.',
      'Audits cover all spending including classified parts, are published, and follow-up is tracked.',
    ],
  ),
];

export const PERSONNEL_RISK_INDICATORS: Item[] = [
  indicator(
    'per-1',
    'PER.1',
    ['Merit in appointments and promotion', 'Mérite dans les nominations et les promotions'],
    [
      'Appointments and promotions depend on loyalty, payment or connections.',
      'Rules exist but are routinely bypassed for senior posts.',
      'Rules are applied for most posts, with exceptions at senior levels.',
      'Appointments follow published criteria and boards, with rare exceptions that are recorded.',
      'All appointments follow published criteria with independent review, and outcomes are reported.',
    ],
  ),
  indicator(
    'per-2',
    'PER.2',
    ['Payroll integrity', 'Intégrité de la solde'],
    [
      'Nobody knows the true number of personnel; ghost names are common.',
      'Payroll and personnel records are separate and rarely reconciled.',
      'Records are reconciled now and then; known discrepancies remain.',
      'Payroll is checked against personnel records regularly, and pay is made to individual accounts.',
      'An integrated, audited payroll is reconciled monthly, with personnel counts verified in person.',
    ],
  ),
  indicator(
    'per-3',
    'PER.3',
    [
      'Codes of conduct and conflict-of-interest rules',
      'Codes de conduite et règles sur les conflits d’intérêts',
    ],
    [
      'There is no code of conduct or conflict-of-interest rule.',
      'A code exists on paper; staff are unaware of it.',
      'The code is known; breaches are rarely sanctioned.',
      'The code is taught and breaches are usually sanctioned; interests are declared.',
      'The code is taught and enforced, declarations are checked, and breach statistics are published.',
    ],
  ),
  indicator(
    'per-4',
    'PER.4',
    ['Whistle-blowing channels and protection', 'Canaux de signalement et protection'],
    [
      'Reporting wrongdoing is unsafe and there is no channel for it.',
      'A channel exists but reporters face reprisal.',
      'Channels exist with some protection, used little for lack of trust.',
      'Confidential channels work and protection is applied in most cases.',
      'Anonymous channels and legal protection work, reports are followed up, and use is monitored.',
    ],
  ),
];

export const OPERATIONS_RISK_INDICATORS: Item[] = [
  indicator(
    'ops-1',
    'OPS.1',
    ['Corruption risk in military doctrine', 'Risque de corruption dans la doctrine militaire'],
    [
      'Doctrine ignores corruption as a risk to operations.',
      'Corruption is mentioned but with no practical guidance.',
      'Some guidance exists for planning but is not used in practice.',
      'Doctrine addresses corruption and it is considered in operational planning.',
      'Corruption risk is assessed in every operation plan, with lessons learned fed back into doctrine.',
    ],
  ),
  indicator(
    'ops-2',
    'OPS.2',
    ['Integrity training and monitoring in deployments', 'Formation et suivi de l’intégrité en opération'],
    [
      'Deployed forces receive no integrity training or monitoring.',
      'Training is occasional and monitoring absent.',
      'Training is given before some deployments, with limited monitoring.',
      'Training is given before all deployments and trained staff monitor integrity in the field.',
      'Training, field monitoring and after-action review of integrity are routine.',
    ],
  ),
  indicator(
    'ops-3',
    'OPS.3',
    ['Contracting in operations', 'Contrats passés en opération'],
    [
      'Contracts in the field are awarded without rules or records.',
      'Rules exist but emergency exceptions are the norm.',
      'Main contracts are recorded, but checks on delivery and price are weak.',
      'Contracts follow procedures with records, delivery checks and some audit.',
      'Field contracting is competitive, fully recorded and audited, with results reviewed.',
    ],
  ),
  indicator(
    'ops-4',
    'OPS.4',
    [
      'Regulation of private military and security companies',
      'Encadrement des sociétés militaires et de sécurité privées',
    ],
    [
      'Private security companies operate without regulation.',
      'A law exists but is not enforced.',
      'Companies are licensed, with weak checks on conduct.',
      'Licensing, conduct rules and inspections are in place and mostly enforced.',
      'Companies are licensed, inspected and held to account, with public registers and sanctions.',
    ],
  ),
];

export const PROCUREMENT_RISK_INDICATORS: Item[] = [
  indicator(
    'pro-1',
    'PRO.1',
    ['Procurement law and open competition', 'Droit des marchés et concurrence ouverte'],
    [
      'Defence purchases are exempt from procurement law and made by single source.',
      'A law applies, but most purchases use exemptions.',
      'Competition is used for routine purchases; major ones are often single source.',
      'Competition is the norm; exceptions are justified in writing and reviewed.',
      'Competition is the norm, exceptions are rare, reviewed independently and published.',
    ],
  ),
  indicator(
    'pro-2',
    'PRO.2',
    ['Needs-based acquisition planning', 'Planification des acquisitions fondée sur les besoins'],
    [
      'Purchases are not linked to any strategy or stated need.',
      'Needs are stated after decisions to buy have been made.',
      'Major purchases refer to a strategy, without costed analysis of options.',
      'Requirements derive from strategy, with options and whole-life costs compared.',
      'A published acquisition plan ties every major purchase to strategy and is scrutinised by parliament.',
    ],
  ),
  indicator(
    'pro-3',
    'PRO.3',
    [
      'Conflict-of-interest controls in tendering',
      'Contrôle des conflits d’intérêts dans les appels d’offres',
    ],
    [
      'Tender evaluators have no rules on conflicts of interest.',
      'Rules exist but no declarations are required.',
      'Evaluators declare interests, with no verification.',
      'Declarations are required and checked; conflicted evaluators step aside.',
      'Declarations are checked, evaluations are independently reviewed, and post-employment rules apply.',
    ],
  ),
  indicator(
    'pro-4',
    'PRO.4',
    ['Agents, brokers and offset arrangements', 'Intermédiaires, courtiers et compensations'],
    [
      'Agents and offsets are unregulated and undisclosed.',
      'Their use is known but neither regulated nor reviewed.',
      'Some rules exist, with partial disclosure.',
      'Agents are registered and offsets are subject to rules and audit.',
      'Agents are registered and paid transparently; offsets are audited and their results published.',
    ],
  ),
];
