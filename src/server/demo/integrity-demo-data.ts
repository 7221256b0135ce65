import type { CaseOutcome, CasePriority, CaseStatus, ChannelSettings } from '../../core/integrity/types.ts';
import { BUILT_IN_REPORT_TYPES, DEFAULT_DEADLINES } from '../../core/integrity/types.ts';

/**
 * The demo's integrity channel and the reports it has received, as plain data: what the
 * whistle-blowers wrote (encrypted by the seed exactly as the intake page does), and what the
 * handlers did with each case. Dates are days before the day the demo is seeded.
 */

export const REPORTED_BEFORE_QUESTION = 'reported-before';

export const DEMO_CHANNEL_SETTINGS: ChannelSettings = {
  name: {
    en: 'Kasora integrity line',
    fr: 'Ligne d’intégrité du Kasora',
    ar: 'خط النزاهة في كاسورا',
    es: 'Línea de integridad de Kasora',
    pt: 'Linha de integridade do Kasora',
  },
  intro: {
    en: 'Tell the Office of the Ombudsman about wrongdoing in the defence and security forces. Your report is encrypted on your device before it leaves it: only the case handlers can read it. You do not have to give your name.',
    fr: 'Signalez au Médiateur de la République les abus commis au sein des forces de défense et de sécurité. Votre signalement est chiffré sur votre appareil avant d’en sortir : seuls les responsables des dossiers peuvent le lire. Vous n’êtes pas obligé de donner votre nom.',
    ar: 'أبلغ مكتب أمين المظالم عن المخالفات في قوات الدفاع والأمن. يُشفَّر بلاغك على جهازك قبل أن يغادره، ولا يستطيع قراءته إلا المكلّفون بمعالجة الملفات. لست مضطرًا إلى ذكر اسمك.',
    es: 'Informe a la Oficina del Defensor del Pueblo de irregularidades en las fuerzas de defensa y seguridad. Su denuncia se cifra en su dispositivo antes de salir de él: solo los responsables de los casos pueden leerla. No tiene que dar su nombre.',
    pt: 'Informe o Gabinete do Provedor de Justiça sobre irregularidades nas forças de defesa e segurança. A sua denúncia é cifrada no seu dispositivo antes de sair dele: só os responsáveis pelos casos a podem ler. Não precisa de dar o seu nome.',
  },
  enabled: true,
  reportTypes: BUILT_IN_REPORT_TYPES.map((code) => ({ code })),
  questions: [
    {
      id: REPORTED_BEFORE_QUESTION,
      kind: 'choice',
      label: {
        en: 'Has this been reported before?',
        fr: 'Ces faits ont-ils déjà été signalés ?',
        ar: 'هل سبق الإبلاغ عن هذا الأمر؟',
        es: '¿Se ha denunciado esto antes?',
        pt: 'Isto já foi denunciado antes?',
      },
      required: false,
      options: [
        { value: 'yes', label: { en: 'Yes', fr: 'Oui', ar: 'نعم', es: 'Sí', pt: 'Sim' } },
        { value: 'no', label: { en: 'No', fr: 'Non', ar: 'لا', es: 'No', pt: 'Não' } },
        {
          value: 'dont-know',
          label: { en: 'I don’t know', fr: 'Je ne sais pas', ar: 'لا أعرف', es: 'No lo sé', pt: 'Não sei' },
        },
      ],
    },
  ],
  ...DEFAULT_DEADLINES,
};

export interface DemoMessage {
  from: 'handler' | 'whistleblower';
  text: string;
  daysAgo: number;
}

export interface DemoReport {
  daysAgo: number;
  /** What the whistle-blower wrote; the institution by its sector-map name. */
  type: string;
  institution: string | null;
  institutionOther?: string;
  when: string;
  where: string;
  description: string;
  reportedBefore: 'yes' | 'no' | 'dont-know';
  language: 'en' | 'fr' | 'ar' | 'es' | 'pt';
  identity?: { mode: 'confidential' | 'open'; name: string; contact: string };
  /** The handlers' side: triage (type and institution for the statistics), status and dates. */
  triage?: { type: string; institution: string; priority: CasePriority };
  status: CaseStatus;
  acknowledgedDaysAgo?: number;
  feedbackDaysAgo?: number;
  closedDaysAgo?: number;
  outcome?: CaseOutcome;
  conversation?: DemoMessage[];
  notes?: Array<{ text: string; daysAgo: number }>;
  identityRequest?: string;
}

const ARMY = 'Kasora Army';

export const DEMO_REPORTS: DemoReport[] = [
  {
    daysAgo: 170,
    type: 'payroll-fraud',
    institution: ARMY,
    when: 'Every month since last year',
    where: '3rd Infantry Battalion, Camp Lusaka Road',
    description:
      'Our company roll has 142 names but about 95 soldiers actually parade. The missing names still draw salaries. The pay clerk collects the cards of the absent men at the bank every month end and hands the cash to the battalion adjutant.',
    reportedBefore: 'no',
    language: 'en',
    triage: { type: 'payroll-fraud', institution: ARMY, priority: 'high' },
    status: 'investigating',
    acknowledgedDaysAgo: 166,
    feedbackDaysAgo: 90,
    conversation: [
      {
        from: 'handler',
        text: 'Thank you for this report. We have opened a case. Do you know roughly how many bank cards the clerk collects each month?',
        daysAgo: 166,
      },
      {
        from: 'whistleblower',
        text: 'Between forty and fifty. He keeps them in a tin box in the pay office.',
        daysAgo: 160,
      },
      {
        from: 'handler',
        text: 'The Inspector General has started a headcount of the battalion against the payroll. We will tell you when it is finished.',
        daysAgo: 90,
      },
    ],
    notes: [
      {
        text: 'Asked the Inspector General for a surprise parade count; date kept confidential.',
        daysAgo: 95,
      },
    ],
  },
  {
    daysAgo: 150,
    type: 'payroll-fraud',
    institution: ARMY,
    when: 'March to June',
    where: 'Northern Brigade headquarters',
    description:
      'Soldiers who died in the 2023 ambush are still on the brigade payroll. Their families never received the death benefit, but the salaries keep being paid into accounts that the families do not control.',
    reportedBefore: 'yes',
    language: 'en',
    triage: { type: 'payroll-fraud', institution: ARMY, priority: 'urgent' },
    status: 'investigating',
    acknowledgedDaysAgo: 149,
  },
  {
    daysAgo: 132,
    type: 'payroll-fraud',
    institution: ARMY,
    when: 'Depuis deux ans',
    where: 'Dépôt de recrutement de Mabanda',
    description:
      'Des recrues qui ont abandonné la formation au bout de quelques semaines restent inscrites sur la liste de solde. Le sous-officier chargé des effectifs ne les radie pas et se partage leur solde avec le chef du dépôt.',
    reportedBefore: 'dont-know',
    language: 'fr',
    triage: { type: 'payroll-fraud', institution: ARMY, priority: 'normal' },
    status: 'investigating',
    acknowledgedDaysAgo: 128,
  },
  {
    daysAgo: 101,
    type: 'payroll-fraud',
    institution: ARMY,
    when: 'Since the new pay system started',
    where: 'Army finance directorate',
    description:
      'When the biometric registration was done, some units sent the same soldiers twice under different service numbers. Nobody checked the fingerprints against each other, so the duplicates are paid.',
    reportedBefore: 'no',
    language: 'en',
    identity: { mode: 'confidential', name: 'Sgt. K. Mensah', contact: 'signal: +000 555 0142' },
    triage: { type: 'payroll-fraud', institution: ARMY, priority: 'high' },
    status: 'acknowledged',
    acknowledgedDaysAgo: 97,
    identityRequest:
      'The reporter may be able to name the units involved; we would like to interview them in person.',
  },
  {
    daysAgo: 64,
    type: 'corruption',
    institution: ARMY,
    when: 'Last pay day',
    where: 'Engineers regiment, Port Amani',
    description:
      'The regiment adjutant makes every soldier pay 5,000 shillings on pay day for a "welfare fund". There is no fund and no receipt. Those who refuse are put on night duty for a week.',
    reportedBefore: 'no',
    language: 'en',
    triage: { type: 'payroll-fraud', institution: ARMY, priority: 'normal' },
    status: 'acknowledged',
    acknowledgedDaysAgo: 60,
  },
  {
    daysAgo: 140,
    type: 'procurement-fraud',
    institution: 'Ministry of Defence',
    when: 'Fuel contract of last year',
    where: 'Ministry of Defence, logistics directorate',
    description:
      'The fuel contract for army vehicles was given to a company registered one week before the tender closed. Deliveries are signed for in full, but the depot tanks receive about two thirds of the invoiced litres.',
    reportedBefore: 'no',
    language: 'en',
    triage: { type: 'procurement-fraud', institution: 'Ministry of Defence', priority: 'high' },
    status: 'closed',
    acknowledgedDaysAgo: 138,
    feedbackDaysAgo: 60,
    closedDaysAgo: 12,
    outcome: 'referred',
    conversation: [
      {
        from: 'handler',
        text: 'We have received your report and passed the delivery records to the Supreme Audit Institution.',
        daysAgo: 60,
      },
      {
        from: 'handler',
        text: 'The audit found the shortfall and the case is now with the Anti-Corruption Commission. We are closing our file. Thank you.',
        daysAgo: 12,
      },
    ],
  },
  {
    daysAgo: 80,
    type: 'procurement-fraud',
    institution: 'Ministry of Defence',
    when: 'Uniform tender',
    where: 'Central procurement office',
    description:
      'Los uniformes entregados no corresponden a la muestra aprobada: la tela es más fina y las botas se rompen en pocas semanas. El proveedor es pariente de un miembro del comité de evaluación.',
    reportedBefore: 'no',
    language: 'es',
    triage: { type: 'procurement-fraud', institution: 'Ministry of Defence', priority: 'normal' },
    status: 'investigating',
    acknowledgedDaysAgo: 75,
  },
  {
    daysAgo: 45,
    type: 'abuse-of-force',
    institution: 'Capital District Police Command',
    when: 'Saturday night, around 23:00',
    where: 'Checkpoint on the Old Market road',
    description:
      'Officers at the checkpoint beat two young men who could not pay to pass. One had a broken arm. The officers took their phones so nobody could film. I saw it from the bus queue.',
    reportedBefore: 'no',
    language: 'en',
    triage: { type: 'abuse-of-force', institution: 'Capital District Police Command', priority: 'urgent' },
    status: 'investigating',
    acknowledgedDaysAgo: 44,
    conversation: [
      {
        from: 'handler',
        text: 'Thank you. Can you tell us the date and whether the officers wore name tags?',
        daysAgo: 44,
      },
      {
        from: 'whistleblower',
        text: 'It was the Saturday before the holiday. No name tags, but one had a number painted on his helmet, 27.',
        daysAgo: 41,
      },
    ],
  },
  {
    daysAgo: 30,
    type: 'corruption',
    institution: 'Border Guard Service',
    when: 'Every week',
    where: 'Kilima border post',
    description:
      'Os guardas da fronteira cobram uma "taxa" aos camiões de mercadorias para os deixar passar sem inspeção. Os camiões de uma empresa nunca são inspecionados, mesmo quando vêm vazios de volta.',
    reportedBefore: 'yes',
    language: 'pt',
    triage: { type: 'corruption', institution: 'Border Guard Service', priority: 'normal' },
    status: 'acknowledged',
    acknowledgedDaysAgo: 27,
  },
  {
    daysAgo: 21,
    type: 'sexual-exploitation',
    institution: 'National Gendarmerie',
    when: 'Over the past months',
    where: 'Gendarmerie post near the displacement camp',
    description:
      'يطلب بعض الدركيين من نساء في المخيم علاقات مقابل تصاريح الخروج أو الحصص الغذائية. النساء يخفن من الشكوى لأن الدرك هو من يحرس المخيم.',
    reportedBefore: 'no',
    language: 'ar',
    identity: { mode: 'open', name: 'Mariam A.', contact: 'via the camp women’s committee' },
    triage: { type: 'sexual-exploitation', institution: 'National Gendarmerie', priority: 'urgent' },
    status: 'investigating',
    acknowledgedDaysAgo: 20,
  },
  {
    daysAgo: 12,
    type: 'human-rights',
    institution: null,
    institutionOther: 'An unmarked detention site',
    when: 'Two weeks ago',
    where: 'Warehouse behind the river port',
    description:
      'People arrested after the protest were held for days in a warehouse, not in a police station, without seeing a lawyer or their families.',
    reportedBefore: 'dont-know',
    language: 'en',
    status: 'new',
  },
  {
    daysAgo: 2,
    type: 'other',
    institution: 'Kasora National Police',
    when: 'This month',
    where: 'Police vehicle pool',
    description:
      'Police cars are rented out at night to private security companies. The drivers are paid in cash and the kilometres are recorded as patrols.',
    reportedBefore: 'no',
    language: 'en',
    status: 'new',
  },
];
