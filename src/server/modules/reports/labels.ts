import type { ChangeDirection } from '../../../core/assessment/baseline.ts';
import type { AssessmentStatus, Side, TeamRole } from '../../../core/assessment/workflow.ts';
import type { LocalizedText } from '../../../core/frameworks/types.ts';
import type { EvidenceSource } from '../assessments/evidence.ts';

/** Languages the reports are written in; a workspace working in another language gets English. */
export const REPORT_LANGUAGES = ['en', 'fr', 'ar'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

export function isReportLanguage(value: string): value is ReportLanguage {
  return (REPORT_LANGUAGES as readonly string[]).includes(value);
}

/** The language asked for, else the workspace's own when reports speak it, else English. */
export function reportLanguage(requested: ReportLanguage | undefined, workspaceLanguage: string) {
  return requested ?? (isReportLanguage(workspaceLanguage) ? workspaceLanguage : 'en');
}

/** A framework's text in the report's language, English when it has not been translated. */
export function localized(text: LocalizedText, language: ReportLanguage): string {
  return text[language] ?? text.en;
}

export interface ReportLabels {
  reportTitle: string;
  generatedOn: string;
  framework: string;
  version: string;
  status: string;
  createdOn: string;
  validatedOn: string;
  publishedOn: string;
  scope: string;
  leadSide: string;
  baselineAssessment: string;
  team: string;
  name: string;
  side: string;
  teamRole: string;
  results: string;
  overallScore: string;
  band: string;
  groupScores: string;
  scoresByGroup: string;
  code: string;
  group: string;
  score: string;
  scored: string;
  notApplicable: string;
  insufficientEvidence: string;
  unanswered: string;
  answersByItem: string;
  item: string;
  consensusAnswer: string;
  assessorsScoring: string;
  lowest: string;
  highest: string;
  disagreement: string;
  yes: string;
  no: string;
  changeSinceBaseline: string;
  overall: string;
  baselineScore: string;
  currentScore: string;
  change: string;
  direction: string;
  priorityNeeds: string;
  rank: string;
  current: string;
  target: string;
  priority: string;
  evidence: string;
  sourceType: string;
  description: string;
  fileName: string;
  addedBy: string;
  date: string;
  reviewComments: string;
  reviewer: string;
  comment: string;
  resolved: string;
  nothingRecorded: string;
  notYet: string;
  pageOf: (page: number, total: number) => string;
  statuses: Record<AssessmentStatus, string>;
  sides: Record<Side, string>;
  teamRoles: Record<TeamRole, string>;
  scopes: { sector: string; actors: (count: number) => string };
  directions: Record<ChangeDirection, string>;
  sources: Record<EvidenceSource, string>;
}

const en: ReportLabels = {
  reportTitle: 'Assessment report',
  generatedOn: 'Report generated on',
  framework: 'Framework',
  version: 'Version',
  status: 'Status',
  createdOn: 'Created on',
  validatedOn: 'Validated on',
  publishedOn: 'Published on',
  scope: 'Scope',
  leadSide: 'Lead side',
  baselineAssessment: 'Baseline assessment',
  team: 'Assessment team',
  name: 'Name',
  side: 'Side',
  teamRole: 'Role in the team',
  results: 'Results',
  overallScore: 'Overall score',
  band: 'Band',
  groupScores: 'Score by group',
  scoresByGroup: 'Scores by group',
  code: 'Code',
  group: 'Group',
  score: 'Score',
  scored: 'Scored',
  notApplicable: 'N/A',
  insufficientEvidence: 'Insufficient evidence',
  unanswered: 'Unanswered',
  answersByItem: 'Answers by item',
  item: 'Item',
  consensusAnswer: 'Consensus answer',
  assessorsScoring: 'Assessors scoring',
  lowest: 'Lowest',
  highest: 'Highest',
  disagreement: 'Disagreement',
  yes: 'Yes',
  no: 'No',
  changeSinceBaseline: 'Change since the baseline',
  overall: 'Overall',
  baselineScore: 'Baseline',
  currentScore: 'Current',
  change: 'Change',
  direction: 'Direction',
  priorityNeeds: 'Priority needs',
  rank: 'Rank',
  current: 'Current',
  target: 'Target',
  priority: 'Priority',
  evidence: 'Evidence',
  sourceType: 'Source type',
  description: 'Description',
  fileName: 'File',
  addedBy: 'Added by',
  date: 'Date',
  reviewComments: 'Review comments',
  reviewer: 'Reviewer',
  comment: 'Comment',
  resolved: 'Resolved',
  nothingRecorded: 'Nothing recorded.',
  notYet: '—',
  pageOf: (page, total) => `Page ${page} of ${total}`,
  statuses: { draft: 'Draft', in_review: 'In review', validated: 'Validated', published: 'Published' },
  sides: { government: 'Government', donor: 'Donor', civil_society: 'Civil society', joint: 'Joint' },
  teamRoles: { lead: 'Lead assessor', assessor: 'Assessor', reviewer: 'Reviewer' },
  scopes: {
    sector: 'The whole security sector',
    actors: (count) => `Selected institutions: ${count}`,
  },
  directions: {
    improved: 'Improved',
    declined: 'Declined',
    unchanged: 'Unchanged',
    not_comparable: 'Not comparable',
  },
  sources: {
    desk_research: 'Desk research',
    interview: 'Interview',
    consultation: 'Consultation',
    data_analysis: 'Data analysis',
    survey: 'Survey',
    comparative_analysis: 'Comparative analysis',
  },
};

const fr: ReportLabels = {
  reportTitle: "Rapport d'évaluation",
  generatedOn: 'Rapport établi le',
  framework: 'Référentiel',
  version: 'Version',
  status: 'Statut',
  createdOn: 'Créée le',
  validatedOn: 'Validée le',
  publishedOn: 'Publiée le',
  scope: 'Périmètre',
  leadSide: 'Partie responsable',
  baselineAssessment: 'Évaluation de référence',
  team: "Équipe d'évaluation",
  name: 'Nom',
  side: 'Partie',
  teamRole: "Rôle dans l'équipe",
  results: 'Résultats',
  overallScore: 'Note globale',
  band: 'Niveau',
  groupScores: 'Note par groupe',
  scoresByGroup: 'Notes par groupe',
  code: 'Code',
  group: 'Groupe',
  score: 'Note',
  scored: 'Notés',
  notApplicable: 'S/O',
  insufficientEvidence: 'Preuves insuffisantes',
  unanswered: 'Sans réponse',
  answersByItem: 'Réponses par question',
  item: 'Question',
  consensusAnswer: 'Réponse consensuelle',
  assessorsScoring: 'Évaluateurs ayant noté',
  lowest: 'Minimum',
  highest: 'Maximum',
  disagreement: 'Désaccord',
  yes: 'Oui',
  no: 'Non',
  changeSinceBaseline: 'Évolution depuis la référence',
  overall: 'Ensemble',
  baselineScore: 'Référence',
  currentScore: 'Actuelle',
  change: 'Écart',
  direction: 'Tendance',
  priorityNeeds: 'Besoins prioritaires',
  rank: 'Rang',
  current: 'Actuel',
  target: 'Cible',
  priority: 'Priorité',
  evidence: 'Éléments de preuve',
  sourceType: 'Type de source',
  description: 'Description',
  fileName: 'Fichier',
  addedBy: 'Ajouté par',
  date: 'Date',
  reviewComments: 'Commentaires de revue',
  reviewer: 'Relecteur',
  comment: 'Commentaire',
  resolved: 'Résolu',
  nothingRecorded: 'Rien à signaler.',
  notYet: '—',
  pageOf: (page, total) => `Page ${page} sur ${total}`,
  statuses: { draft: 'Brouillon', in_review: 'En revue', validated: 'Validée', published: 'Publiée' },
  sides: {
    government: 'Gouvernement',
    donor: 'Bailleur',
    civil_society: 'Société civile',
    joint: 'Conjointe',
  },
  teamRoles: { lead: 'Évaluateur principal', assessor: 'Évaluateur', reviewer: 'Relecteur' },
  scopes: {
    sector: "L'ensemble du secteur de la sécurité",
    actors: (count) => `Institutions retenues : ${count}`,
  },
  directions: {
    improved: 'En progrès',
    declined: 'En recul',
    unchanged: 'Inchangé',
    not_comparable: 'Non comparable',
  },
  sources: {
    desk_research: 'Recherche documentaire',
    interview: 'Entretien',
    consultation: 'Consultation',
    data_analysis: 'Analyse de données',
    survey: 'Enquête',
    comparative_analysis: 'Analyse comparative',
  },
};

// Arabic labels avoid Latin letters and brackets: the Arabic font has neither.
const ar: ReportLabels = {
  reportTitle: 'تقرير التقييم',
  generatedOn: 'تاريخ إعداد التقرير',
  framework: 'الإطار المرجعي',
  version: 'الإصدار',
  status: 'الحالة',
  createdOn: 'تاريخ الإنشاء',
  validatedOn: 'تاريخ الاعتماد',
  publishedOn: 'تاريخ النشر',
  scope: 'النطاق',
  leadSide: 'الجهة القائدة',
  baselineAssessment: 'التقييم المرجعي',
  team: 'فريق التقييم',
  name: 'الاسم',
  side: 'الجهة',
  teamRole: 'الدور في الفريق',
  results: 'النتائج',
  overallScore: 'الدرجة الإجمالية',
  band: 'المستوى',
  groupScores: 'الدرجة حسب المجموعة',
  scoresByGroup: 'الدرجات حسب المجموعة',
  code: 'الرمز',
  group: 'المجموعة',
  score: 'الدرجة',
  scored: 'مقيّمة',
  notApplicable: 'لا ينطبق',
  insufficientEvidence: 'أدلة غير كافية',
  unanswered: 'دون إجابة',
  answersByItem: 'الإجابات حسب السؤال',
  item: 'السؤال',
  consensusAnswer: 'الإجابة التوافقية',
  assessorsScoring: 'عدد المقيّمين',
  lowest: 'الأدنى',
  highest: 'الأعلى',
  disagreement: 'اختلاف',
  yes: 'نعم',
  no: 'لا',
  changeSinceBaseline: 'التغير منذ التقييم المرجعي',
  overall: 'الإجمالي',
  baselineScore: 'المرجع',
  currentScore: 'الحالي',
  change: 'التغير',
  direction: 'الاتجاه',
  priorityNeeds: 'الاحتياجات ذات الأولوية',
  rank: 'الترتيب',
  current: 'الحالي',
  target: 'المستهدف',
  priority: 'الأولوية',
  evidence: 'الأدلة',
  sourceType: 'نوع المصدر',
  description: 'الوصف',
  fileName: 'الملف',
  addedBy: 'أضافه',
  date: 'التاريخ',
  reviewComments: 'ملاحظات المراجعة',
  reviewer: 'المراجع',
  comment: 'الملاحظة',
  resolved: 'تمت المعالجة',
  nothingRecorded: 'لا شيء مسجل.',
  notYet: '—',
  pageOf: (page, total) => `صفحة ${page} من ${total}`,
  statuses: { draft: 'مسودة', in_review: 'قيد المراجعة', validated: 'معتمد', published: 'منشور' },
  sides: { government: 'الحكومة', donor: 'الجهة المانحة', civil_society: 'المجتمع المدني', joint: 'مشتركة' },
  teamRoles: { lead: 'المقيّم الرئيسي', assessor: 'مقيّم', reviewer: 'مراجع' },
  scopes: {
    sector: 'قطاع الأمن بأكمله',
    actors: (count) => `مؤسسات مختارة: ${count}`,
  },
  directions: { improved: 'تحسن', declined: 'تراجع', unchanged: 'دون تغيير', not_comparable: 'غير قابل للمقارنة' },
  sources: {
    desk_research: 'بحث مكتبي',
    interview: 'مقابلة',
    consultation: 'مشاورة',
    data_analysis: 'تحليل بيانات',
    survey: 'استطلاع',
    comparative_analysis: 'تحليل مقارن',
  },
};

export const REPORT_LABELS: Record<ReportLanguage, ReportLabels> = { en, fr, ar };
