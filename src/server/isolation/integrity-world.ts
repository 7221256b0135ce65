import { and, eq } from 'drizzle-orm';
import {
  CONTEXTS,
  encryptJson,
  loadSodium,
  SEALED_KEY_BYTES,
  toBase64,
} from '../../core/integrity/crypto.ts';
import {
  integrityIdentityRequests,
  integrityRecipients,
  integrityReportFiles,
  integrityReports,
} from '../db/schema/integrity.ts';
import {
  contentWith,
  postMultipart,
  readyChannel,
  sealForChannel,
} from '../modules/integrity/public-fixtures.ts';
import { api, type TestContext, type TestWorkspace } from '../testing/harness.ts';
import { VALID_BODIES } from './examples.ts';

export interface IntegrityIds {
  integrityCase: string;
  integrityFile: string;
  integrityRecipient: string;
  integrityIdentityRequest: string;
}

/**
 * Home's integrity channel for the walk: the owner as handler and an oversight member as custodian
 * (both with keys), a confidential report with an encrypted file and a pending identity request. The
 * public bodies are sealed to these recipients: a fresh report for the anonymous walk to send, and the
 * stored report's receipt for reading it and writing to it.
 */
export async function seedIntegrity(ctx: TestContext, home: TestWorkspace): Promise<IntegrityIds> {
  const s = await loadSodium();
  await readyChannel(ctx, s, home);
  const sealed = await sealForChannel(
    ctx,
    s,
    home.slug,
    contentWith('walked report', [
      { name: 'a.bin', type: 'application/octet-stream', size: 8, metadataRemoved: false },
    ]),
    { mode: 'confidential', identity: { name: 'Walked', contact: 'none' }, files: [s.randombytes_buf(8)] },
  );
  const sent = await postMultipart(ctx, home.slug, sealed.report, sealed.files);
  if (sent.status !== 201) throw new Error(`integrity report: ${sent.status} ${JSON.stringify(sent.body)}`);
  const [report] = await ctx.db
    .select()
    .from(integrityReports)
    .where(eq(integrityReports.workspaceId, home.id));
  const [file] = await ctx.db
    .select()
    .from(integrityReportFiles)
    .where(eq(integrityReportFiles.reportId, report.id));
  const [custodian] = await ctx.db
    .select()
    .from(integrityRecipients)
    .where(and(eq(integrityRecipients.workspaceId, home.id), eq(integrityRecipients.role, 'custodian')));
  const asked = await api(
    ctx,
    'POST',
    `/api/workspaces/${home.slug}/integrity/cases/${report.id}/identity-requests`,
    {
      cookie: home.owner.cookie,
      body: { reason: 'walk' },
    },
  );
  if (asked.status >= 300) throw new Error(`identity request: ${asked.status} ${JSON.stringify(asked.body)}`);
  const [request] = await ctx.db
    .select()
    .from(integrityIdentityRequests)
    .where(eq(integrityIdentityRequests.reportId, report.id));
  const fresh = await sealForChannel(ctx, s, home.slug, contentWith('sent by the anonymous walk'));
  const ciphertext = encryptJson(s, s.randombytes_buf(32), { text: 'walked message' }, CONTEXTS.message);
  VALID_BODIES['POST /api/public/{slug}/reports'] = fresh.report;
  VALID_BODIES['POST /api/public/{slug}/reports/access'] = { receipt: sealed.receipt };
  VALID_BODIES['POST /api/public/{slug}/reports/messages'] = { receipt: sealed.receipt, ciphertext };
  VALID_BODIES['POST /api/workspaces/{slug}/integrity/cases/{caseId}/messages'] = {
    visibility: 'conversation',
    ciphertext,
  };
  VALID_BODIES['PUT /api/workspaces/{slug}/integrity/my-key'] = {
    publicKey: toBase64(s, s.randombytes_buf(32)),
    lockedPrivateKey: {
      ciphertext: toBase64(s, s.randombytes_buf(72)),
      salt: toBase64(s, s.randombytes_buf(16)),
      opsLimit: 2,
      memLimit: 67108864,
    },
    recoveryLockedPrivateKey: toBase64(s, s.randombytes_buf(72)),
  };
  VALID_BODIES['POST /api/workspaces/{slug}/integrity/rewrap'] = {
    keys: [
      {
        reportId: report.id,
        recipientId: custodian.id,
        kind: 'identity',
        sealed: toBase64(s, s.randombytes_buf(SEALED_KEY_BYTES)),
      },
    ],
  };
  return {
    integrityCase: report.id,
    integrityFile: file.id,
    integrityRecipient: custodian.id,
    integrityIdentityRequest: request.id,
  };
}

/** The outsider handles cases on a channel of their own, so home's case ids through it are a plain 404. */
export async function seedOutsiderChannel(ctx: TestContext, other: TestWorkspace) {
  await readyChannel(ctx, await loadSodium(), other);
}
