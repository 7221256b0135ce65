import type { LocalizedText } from '../frameworks/types.ts';

/**
 * The integrity channel's shapes, shared by the server, the intake page, the case pages and the CLI.
 * What the whistle-blower writes (ReportContent, IdentityContent, files) exists in clear only in a
 * browser; the server sees the EncryptedReport.
 */

/** Built-in types of wrongdoing. A channel may add its own codes (see ChannelSettings.reportTypes). */
export const BUILT_IN_REPORT_TYPES = [
  'corruption',
  'payroll-fraud',
  'procurement-fraud',
  'abuse-of-force',
  'human-rights',
  'sexual-exploitation',
  'other',
] as const;
export type BuiltInReportType = (typeof BUILT_IN_REPORT_TYPES)[number];

/** anonymous: no identity; confidential: sealed to identity custodians only; open: to every handler. */
export const IDENTITY_MODES = ['anonymous', 'confidential', 'open'] as const;
export type IdentityMode = (typeof IDENTITY_MODES)[number];

export const CASE_STATUSES = ['new', 'acknowledged', 'investigating', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_OUTCOMES = ['substantiated', 'unsubstantiated', 'referred', 'out-of-scope'] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

export const CASE_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type CasePriority = (typeof CASE_PRIORITIES)[number];

/** handler: reads and handles cases; custodian: holds disclosed identities and approves their release. */
export const RECIPIENT_ROLES = ['handler', 'custodian'] as const;
export type RecipientRole = (typeof RECIPIENT_ROLES)[number];

/** Which symmetric key of a report a sealed copy holds. */
export const REPORT_KEY_KINDS = ['report', 'notes', 'identity'] as const;
export type ReportKeyKind = (typeof REPORT_KEY_KINDS)[number];

/** A type of wrongdoing a channel offers: a built-in code, or a code of its own with labels. */
export interface ReportTypeOption {
  code: string;
  /** Labels for a channel's own codes; built-in codes are labelled by the interface's messages. */
  label?: LocalizedText;
}

/** A question a channel adds to the built-in ones (type, institution, when, where, description). */
export interface ChannelQuestion {
  id: string;
  kind: 'text' | 'long-text' | 'choice' | 'date';
  label: LocalizedText;
  required: boolean;
  /** For `choice`: the options, each with its labels. */
  options?: Array<{ value: string; label: LocalizedText }>;
}

export interface ChannelSettings {
  name: LocalizedText;
  /** Shown at the top of the intake page. */
  intro: LocalizedText;
  enabled: boolean;
  reportTypes: ReportTypeOption[];
  questions: ChannelQuestion[];
  /** Days to acknowledge a new report. */
  acknowledgeDays: number;
  /** Days to give the whistle-blower feedback, from receipt. */
  feedbackDays: number;
  /** Days after closure before a case's content is purged. */
  retentionDays: number;
}

export const DEFAULT_DEADLINES = { acknowledgeDays: 7, feedbackDays: 90, retentionDays: 90 } as const;

/** What the whistle-blower's browser encrypts with the report key. */
export interface ReportContent {
  type: string;
  institutionId: string | null;
  /** The institution as typed, when it is not on the list. */
  institutionOther: string;
  when: string;
  where: string;
  description: string;
  /** Answers to the channel's own questions, by question id. */
  answers: Record<string, string>;
  /** The evidence files, in the order of the encrypted file parts. */
  files: Array<{ name: string; type: string; size: number; metadataRemoved: boolean }>;
  /** The interface language the whistle-blower chose. */
  language: string;
}

/** What the whistle-blower's browser encrypts with the identity key, when they give an identity. */
export interface IdentityContent {
  name: string;
  contact: string;
}

/** A message in the two-way conversation, or an internal note; encrypted as a whole. */
export interface MessageContent {
  text: string;
}

/**
 * The body of `POST /api/public/{slug}/reports`: everything already encrypted. Files go as parts
 * of the same multipart request, in the order of ReportContent.files.
 */
export interface EncryptedReport {
  /** Made by the browser (it derives the whistle-blower's key from it); the server keeps its hash. */
  receipt: string;
  whistleblowerPublicKey: string;
  /** The report key sealed to the whistle-blower's public key. */
  whistleblowerKey: string;
  identityMode: IdentityMode;
  /** ReportContent encrypted with the report key (context `content`). */
  content: string;
  /** IdentityContent encrypted with the identity key (context `identity`); null when anonymous. */
  identity: string | null;
  keys: Array<{ recipientId: string; kind: ReportKeyKind; sealed: string }>;
}
