import { randomUUID } from 'node:crypto';
import { and, eq, isNotNull, isNull, max } from 'drizzle-orm';
import { generateKeyPair, type KeyPair, type SodiumLib, toBase64 } from '../../../core/integrity/crypto.ts';
import { sealReport } from '../../../core/integrity/seal-report.ts';
import {
  BUILT_IN_REPORT_TYPES,
  type CaseStatus,
  type ChannelSettings,
  DEFAULT_DEADLINES,
  type IdentityMode,
  type ReportContent,
} from '../../../core/integrity/types.ts';
import {
  integrityChannels,
  integrityRecipients,
  integrityReportKeys,
  integrityReports,
} from '../../db/schema/integrity.ts';
import { api, type TestContext, type TestWorkspace } from '../../testing/harness.ts';

/** Test helpers for the channel: settings, recipients with key pairs, and reports sealed as the intake does. */

export function channelSettings(overrides: Partial<ChannelSettings> = {}): ChannelSettings {
  return {
    name: { en: 'Integrity line', fr: 'Ligne intégrité' },
    intro: { en: 'Report wrongdoing safely.' },
    enabled: true,
    reportTypes: [
      ...BUILT_IN_REPORT_TYPES.map((code) => ({ code })),
      { code: 'ghost-units', label: { en: 'Ghost units', fr: 'Unités fictives' } },
    ],
    questions: [
      {
        id: 'reported_before',
        kind: 'choice',
        label: { en: 'Has this been reported before?' },
        required: false,
        options: [
          { value: 'yes', label: { en: 'Yes' } },
          { value: 'no', label: { en: 'No' } },
        ],
      },
    ],
    ...DEFAULT_DEADLINES,
    ...overrides,
  };
}

export const channelUrl = (slug: string, rest = 'channel') => `/api/workspaces/${slug}/integrity/${rest}`;

export async function createChannel(ctx: TestContext, workspace: TestWorkspace) {
  const res = await api(ctx, 'PUT', channelUrl(workspace.slug), {
    cookie: workspace.owner.cookie,
    body: channelSettings(),
  });
  if (res.status !== 200) throw new Error(`channel: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.channel as { id: string; rowVersion: number };
}

export async function addRecipient(
  ctx: TestContext,
  workspace: TestWorkspace,
  userId: string,
  role: 'handler' | 'custodian',
) {
  const res = await api(ctx, 'POST', channelUrl(workspace.slug, 'recipients'), {
    cookie: workspace.owner.cookie,
    body: { userId, role },
  });
  if (res.status !== 201) throw new Error(`recipient: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.recipient as { id: string };
}

/** Random bytes of a length, as base64: what a locked key looks like to the server, without Argon2id. */
export const randomBase64 = (s: SodiumLib, bytes: number) => toBase64(s, s.randombytes_buf(bytes));

/**
 * Stores a fresh key pair for the caller. The locks are random bytes of the right lengths: the server
 * cannot tell them from real ones, and the tests that need a real lock make it themselves.
 */
export async function setUpKey(
  ctx: TestContext,
  s: SodiumLib,
  slug: string,
  cookie: string,
): Promise<KeyPair> {
  const pair = generateKeyPair(s);
  const res = await api(ctx, 'PUT', channelUrl(slug, 'my-key'), {
    cookie,
    body: {
      publicKey: toBase64(s, pair.publicKey),
      lockedPrivateKey: {
        ciphertext: randomBase64(s, 72),
        salt: randomBase64(s, 16),
        opsLimit: 2,
        memLimit: 64 * 1024 * 1024,
      },
      recoveryLockedPrivateKey: randomBase64(s, 72),
    },
  });
  if (res.status !== 200) throw new Error(`my-key: ${res.status} ${JSON.stringify(res.body)}`);
  return pair;
}

/** The recipients a report is sealed to: active, with a key (what the public channel lists). */
export async function channelRecipients(ctx: TestContext, workspaceId: string) {
  const rows = await ctx.db
    .select({
      id: integrityRecipients.id,
      role: integrityRecipients.role,
      publicKey: integrityRecipients.publicKey,
    })
    .from(integrityRecipients)
    .where(
      and(
        eq(integrityRecipients.workspaceId, workspaceId),
        isNull(integrityRecipients.removedAt),
        isNotNull(integrityRecipients.publicKey),
      ),
    );
  return rows.map((row) => ({ ...row, publicKey: row.publicKey ?? '' }));
}

export function reportContent(description: string): ReportContent {
  return {
    type: 'corruption',
    institutionId: null,
    institutionOther: '',
    when: 'last month',
    where: 'the depot',
    description,
    answers: {},
    files: [],
    language: 'en',
  };
}

/**
 * Seals a report to the channel's current recipients with the core's sealReport and stores it as the
 * intake does (the receipt hash is random here: no lookup is tested).
 */
export async function insertSealedReport(
  ctx: TestContext,
  s: SodiumLib,
  workspace: TestWorkspace,
  options: { description: string; mode?: IdentityMode; status?: CaseStatus },
) {
  const [channel] = await ctx.db
    .select()
    .from(integrityChannels)
    .where(eq(integrityChannels.workspaceId, workspace.id));
  const recipients = await channelRecipients(ctx, workspace.id);
  const mode = options.mode ?? 'anonymous';
  const sealed = sealReport(
    s,
    { whistleblowerSalt: channel.whistleblowerSalt, recipients },
    reportContent(options.description),
    { mode, content: mode === 'anonymous' ? null : { name: 'A. Soldier', contact: 'signal' } },
    [],
  );
  const [{ last }] = await ctx.db
    .select({ last: max(integrityReports.number) })
    .from(integrityReports)
    .where(eq(integrityReports.workspaceId, workspace.id));
  const id = randomUUID();
  const now = new Date();
  await ctx.db.insert(integrityReports).values({
    id,
    workspaceId: workspace.id,
    channelId: channel.id,
    number: (last ?? 0) + 1,
    receiptHash: randomBase64(s, 32),
    whistleblowerPublicKey: sealed.report.whistleblowerPublicKey,
    whistleblowerKey: sealed.report.whistleblowerKey,
    identityMode: sealed.report.identityMode,
    content: sealed.report.content,
    identity: sealed.report.identity,
    status: options.status ?? 'new',
    acknowledgeBy: now,
    feedbackBy: now,
    closedAt: options.status === 'closed' ? now : null,
  });
  if (sealed.report.keys.length > 0)
    await ctx.db
      .insert(integrityReportKeys)
      .values(sealed.report.keys.map((key) => ({ ...key, reportId: id, workspaceId: workspace.id })));
  return { id, report: sealed.report };
}

export async function keysOfReport(ctx: TestContext, reportId: string) {
  return ctx.db.select().from(integrityReportKeys).where(eq(integrityReportKeys.reportId, reportId));
}
