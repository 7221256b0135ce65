import type { ImportRow } from '../../core/sector-map/import-cells.ts';

/**
 * The security sector of the Republic of Kasora (fictional), as rows of an actor file: the demo
 * loads them through the same validation as an upload. Headcounts are plausible round figures.
 */
type Row = [name: string, acronym: string, category: string, fr: string, ar: string, extra?: ImportRow];

// biome-ignore format: a table reads better one actor per line
const ROWS: Row[] = [
  // Force-bearing institutions
  ['Kasora Defence Forces', 'KDF', 'armed_forces', 'Forces de défense du Kasora', 'قوات الدفاع الكاسورية', {
    headcount_total: '18500', headcount_women: '1480',
    legal_basis: 'Constitution of 2019, art. 141; National Defence Act 2020',
    mandate: 'Defend the territorial integrity of the Republic; support civil authorities in emergencies.',
  }],
  ['Kasora Army', '', 'armed_forces', 'Armée de terre du Kasora', 'الجيش البري الكاسوري', { parent: 'KDF', headcount_total: '14200', headcount_women: '990' }],
  ['Kasora Navy', '', 'armed_forces', 'Marine du Kasora', 'البحرية الكاسورية', { parent: 'KDF', headcount_total: '1900', headcount_women: '210' }],
  ['Kasora Air Force', '', 'armed_forces', "Armée de l'air du Kasora", 'القوات الجوية الكاسورية', { parent: 'KDF', headcount_total: '2400', headcount_women: '280' }],
  ['Kasora National Police', 'KNP', 'police', 'Police nationale du Kasora', 'الشرطة الوطنية الكاسورية', {
    headcount_total: '16800', headcount_women: '2350', legal_basis: 'Police Act 2021',
    mandate: 'Maintain public order, prevent and investigate crime, protect people and property.',
  }],
  ['Northern Regional Police Command', '', 'police', 'Commandement régional de police du Nord', 'قيادة الشرطة الإقليمية الشمالية', { parent: 'KNP', level: 'subnational', region: 'North', headcount_total: '4100', headcount_women: '520' }],
  ['Eastern Regional Police Command', '', 'police', "Commandement régional de police de l'Est", 'قيادة الشرطة الإقليمية الشرقية', { parent: 'KNP', level: 'subnational', region: 'East', headcount_total: '3700', headcount_women: '410' }],
  ['Capital District Police Command', '', 'police', 'Commandement de police du district de la capitale', 'قيادة شرطة منطقة العاصمة', { parent: 'KNP', level: 'subnational', region: 'Capital District', headcount_total: '5200', headcount_women: '880' }],
  ['National Gendarmerie', 'GN', 'gendarmerie', 'Gendarmerie nationale', 'الدرك الوطني', { headcount_total: '6300', headcount_women: '410', legal_basis: 'Gendarmerie Act 2020' }],
  ['National Intelligence Service', 'NIS', 'intelligence', 'Service national de renseignement', 'جهاز المخابرات الوطني', {
    legal_basis: 'Presidential Decree 2017-04 (no act of parliament)',
    mandate: 'Collect and analyse intelligence on threats to national security. Headcount classified.',
  }],
  ['Border Guard Service', 'BGS', 'border_guard', 'Service des garde-frontières', 'حرس الحدود', { headcount_total: '3100', headcount_women: '290' }],
  ['Kasora Customs Service', 'KCS', 'customs', 'Service des douanes du Kasora', 'مصلحة الجمارك الكاسورية', { headcount_total: '2250', headcount_women: '540' }],
  ['Presidential Guard', 'PG', 'presidential_guard', 'Garde présidentielle', 'الحرس الرئاسي', {
    headcount_total: '2800', headcount_women: '60', legal_basis: 'Presidential Decree 2016-11',
    mandate: 'Protect the President, the presidential family and the presidential palace.',
  }],
  // Management and oversight
  ['Office of the President', '', 'executive', 'Présidence de la République', 'رئاسة الجمهورية'],
  ['National Security Council', 'NSC', 'national_security_council', 'Conseil national de sécurité', 'مجلس الأمن الوطني', { legal_basis: 'National Security Act 2020', mandate: 'Set national security policy and steer the SSR programme.' }],
  ['Ministry of Defence', 'MoD', 'ministry', 'Ministère de la Défense', 'وزارة الدفاع', { headcount_total: '640', headcount_women: '190' }],
  ['Ministry of Interior', 'MoI', 'ministry', "Ministère de l'Intérieur", 'وزارة الداخلية', { headcount_total: '820', headcount_women: '260' }],
  ['Ministry of Justice', 'MoJ', 'ministry', 'Ministère de la Justice', 'وزارة العدل', { headcount_total: '510', headcount_women: '230' }],
  ['Ministry of Finance', 'MoF', 'ministry', 'Ministère des Finances', 'وزارة المالية', { headcount_total: '1150', headcount_women: '480' }],
  ['National Assembly', '', 'parliament', 'Assemblée nationale', 'الجمعية الوطنية', { headcount_total: '120', headcount_women: '31', mandate: '120 elected members.' }],
  ['Defence and Security Committee', 'DSC', 'parliamentary_committee', 'Commission de la défense et de la sécurité', 'لجنة الدفاع والأمن', { parent: 'National Assembly', headcount_total: '15', headcount_women: '4' }],
  ['Budget and Finance Committee', 'BFC', 'parliamentary_committee', 'Commission des finances et du budget', 'لجنة المالية والميزانية', { parent: 'National Assembly', headcount_total: '17', headcount_women: '5' }],
  ['Court of Accounts', '', 'audit_institution', 'Cour des comptes', 'ديوان المحاسبة', { headcount_total: '210', headcount_women: '70', legal_basis: 'Constitution of 2019, art. 168' }],
  ['Office of the Ombudsman', '', 'ombuds', 'Médiateur de la République', 'مكتب أمين المظالم', { headcount_total: '45', headcount_women: '19' }],
  // Justice and rule of law
  ['Supreme Court', '', 'court', 'Cour suprême', 'المحكمة العليا'],
  ['Regional Courts of First Instance', '', 'court', 'Tribunaux régionaux de première instance', 'المحاكم الإقليمية الابتدائية', { parent: 'Supreme Court' }],
  ['Public Prosecution Service', 'PPS', 'prosecution', 'Ministère public', 'النيابة العامة', { headcount_total: '380', headcount_women: '140' }],
  ['Kasora Prison Service', 'KPS', 'corrections', 'Administration pénitentiaire du Kasora', 'مصلحة السجون الكاسورية', { headcount_total: '2100', headcount_women: '390' }],
  ['National Human Rights Commission', 'NHRC', 'human_rights_commission', "Commission nationale des droits de l'homme", 'اللجنة الوطنية لحقوق الإنسان', { headcount_total: '60', headcount_women: '28' }],
  // Non-statutory actors
  ['Eastern Hills Defence Militia', '', 'militia', 'Milice de défense des collines de l’Est', 'ميليشيا الدفاع عن التلال الشرقية', { level: 'subnational', region: 'East', headcount_total: '1200', headcount_women: '40', mandate: 'Formed during the civil war; not demobilised. Estimated strength.' }],
  ['Lake District Vigilance Brigades', '', 'militia', 'Brigades de vigilance de la région des Lacs', 'ألوية اليقظة في منطقة البحيرات', { level: 'subnational', region: 'Lake District', headcount_total: '650', headcount_women: '25' }],
  ['Sentinel Security Services Ltd', '', 'private_security', 'Sentinel Services de sécurité SARL', 'شركة سنتينل للخدمات الأمنية', { headcount_total: '2300', headcount_women: '180' }],
  ['Council of Customary Chiefs', '', 'customary_authority', 'Conseil des chefs coutumiers', 'مجلس الزعماء التقليديين'],
  // Civil society
  ['Kasora Human Rights League', 'KHRL', 'ngo', "Ligue kasoraise des droits de l'homme", 'الرابطة الكاسورية لحقوق الإنسان'],
  ["Women's Peace and Security Network", 'WPSN', 'ngo', 'Réseau des femmes pour la paix et la sécurité', 'شبكة النساء من أجل السلام والأمن'],
  ['Kasora Union of Journalists', 'KUJ', 'media', 'Union des journalistes du Kasora', 'اتحاد الصحفيين الكاسوريين'],
  ['Radio Kasora Libre', '', 'media', 'Radio Kasora Libre', 'إذاعة كاسورا الحرة'],
  ['Centre for Security Studies, University of Kasora', 'CSS', 'research', "Centre d'études de sécurité, Université du Kasora", 'مركز الدراسات الأمنية، جامعة كاسورا'],
  // International partners
  ['Nordic Development Cooperation Agency', 'NDCA', 'donor', 'Agence nordique de coopération au développement', 'الوكالة الشمالية للتعاون الإنمائي'],
  ['European Union Delegation to Kasora', 'EUD', 'donor', "Délégation de l'Union européenne au Kasora", 'بعثة الاتحاد الأوروبي في كاسورا'],
  ['United Nations Integrated Mission in Kasora', 'UNIMK', 'un', 'Mission intégrée des Nations Unies au Kasora', 'بعثة الأمم المتحدة المتكاملة في كاسورا'],
  ['United Nations Development Programme', 'UNDP', 'un', 'Programme des Nations Unies pour le développement', 'برنامج الأمم المتحدة الإنمائي'],
  ['Savannah Regional Security Community', 'SRSC', 'regional_organisation', 'Communauté régionale de sécurité de la Savane', 'الجماعة الإقليمية للأمن في السافانا'],
  ['Savannah Stabilisation Force', 'SSF', 'peace_support_operation', 'Force de stabilisation de la Savane', 'قوة الاستقرار في السافانا', { headcount_total: '3400', headcount_women: '310' }],
];

export const KASORA_ACTOR_ROWS: ImportRow[] = ROWS.map(([name, acronym, category, fr, ar, extra]) => ({
  name,
  acronym,
  category,
  name_fr: fr,
  name_ar: ar,
  ...extra,
}));
