import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import {
  CONTEXTS,
  encryptJson,
  generateKeyPair,
  type KeyPair,
  loadSodium,
  lockPrivateKey,
  lockWithRecoveryKey,
  newRecoveryKey,
  openSealedKey,
  type SodiumLib,
  toBase64,
} from '../../core/integrity/crypto.ts';
import { type ChannelKeys, sealReport } from '../../core/integrity/seal-report.ts';
import type { RecipientRole, ReportContent } from '../../core/integrity/types.ts';
import type { Db } from '../db/client.ts';
import {
  integrityIdentityRequests,
  integrityMessages,
  integrityRecipients,
  integrityReports,
} from '../db/schema/integrity.ts';
import { actors } from '../db/schema/sector-map.ts';
import { appendAudit } from '../modules/audit/repo.ts';
import { CASE_ENTITY } from '../modules/integrity/case-service.ts';
import {
  addRecipient,
  findChannel,
  saveChannelSettings,
  saveMyKey,
} from '../modules/integrity/channel-service.ts';
import { receiveReport } from '../modules/integrity/public-service.ts';
import type { WorkspaceActor } from '../modules/workspaces/membership.ts';
import {
  DEMO_CHANNEL_SETTINGS,
  DEMO_REPORTS,
  type DemoReport,
  REPORTED_BEFORE_QUESTION,
} from './integrity-demo-data.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

interface DemoRecipient {
  id: string;
  role: RecipientRole;
  pair: KeyPair;
}

/**
 * Makes a member a recipient with a key pair, as the key page does in their browser: the private key
 * locked with their password (here the demo password — allowed in the demo only) and with a random
 * recovery key nobody keeps.
 */
async function addDemoRecipient(
  db: Db,
  sodium: SodiumLib,
  manager: WorkspaceActor,
  member: WorkspaceActor,
  role: RecipientRole,
  password: string,
): Promise<DemoRecipient> {
  const added = await addRecipient({ db, actor: manager, input: { userId: member.user.id, role } });
  const pair = generateKeyPair(sodium);
  await saveMyKey({
    db,
    actor: member,
    key: {
      publicKey: toBase64(sodium, pair.publicKey),
      lockedPrivateKey: lockPrivateKey(sodium, pair.privateKey, password),
      recoveryLockedPrivateKey: lockWithRecoveryKey(sodium, pair.privateKey, newRecoveryKey(sodium)),
    },
  });
  return { id: added.id, role, pair };
}

function contentOf(report: DemoReport, institutionIds: Map<string, string>): ReportContent {
  return {
    type: report.type,
    institutionId: report.institution ? (institutionIds.get(report.institution) ?? null) : null,
    institutionOther: report.institutionOther ?? '',
    when: report.when,
    where: report.where,
    description: report.description,
    answers: { [REPORTED_BEFORE_QUESTION]: report.reportedBefore },
    files: [],
    language: report.language,
  };
}

/**
 * The demo's integrity channel: settings in five languages, the owner as case handler and the
 * oversight member as identity custodian (both unlock with the demo password), and twelve reports
 * sealed as a whistle-blower's browser seals them, received over the past months and handled to
 * different stages: triaged, answered, one identity request waiting, one closed recently.
 */
export async function seedIntegrity(
  db: Db,
  people: { owner: WorkspaceActor; custodian: WorkspaceActor },
  password: string,
  now = new Date(),
) {
  const { owner, custodian } = people;
  const sodium = await loadSodium();
  await saveChannelSettings({
    db,
    actor: owner,
    settings: DEMO_CHANNEL_SETTINGS,
    expectedVersion: undefined,
  });
  const handler = await addDemoRecipient(db, sodium, owner, owner, 'handler', password);
  await addDemoRecipient(db, sodium, owner, custodian, 'custodian', password);
  const channel = await findChannel(db, owner.workspace.id);
  if (!channel) throw new Error('the demo integrity channel was not saved');
  const recipients = await channelKeysOf(db, channel.id);
  const institutionIds = await institutionIdsOf(db, owner.workspace.id);
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS);

  const ordered = [...DEMO_REPORTS].sort((a, b) => b.daysAgo - a.daysAgo);
  for (const demo of ordered) {
    const sealed = sealReport(
      sodium,
      { whistleblowerSalt: channel.whistleblowerSalt, recipients },
      contentOf(demo, institutionIds),
      demo.identity
        ? { mode: demo.identity.mode, content: { name: demo.identity.name, contact: demo.identity.contact } }
        : { mode: 'anonymous', content: null },
      [],
    );
    const { reportId } = await receiveReport({
      db,
      slug: owner.workspace.slug,
      report: sealed.report,
      files: [],
      receivedAt: daysAgo(demo.daysAgo),
    });
    const keyOf = (kind: 'report' | 'notes') => {
      const entry = sealed.report.keys.find((key) => key.recipientId === handler.id && key.kind === kind);
      if (!entry) throw new Error(`the demo handler has no ${kind} key`);
      return openSealedKey(sodium, entry.sealed, handler.pair);
    };
    await handleDemoCase(db, owner, reportId, demo, {
      reportKey: keyOf('report'),
      notesKey: keyOf('notes'),
      sodium,
      institutionIds,
      daysAgo,
    });
  }
  return { channelId: channel.id, reports: ordered.length };
}

async function channelKeysOf(db: Db, channelId: string): Promise<ChannelKeys['recipients']> {
  const rows = await db
    .select({
      id: integrityRecipients.id,
      role: integrityRecipients.role,
      publicKey: integrityRecipients.publicKey,
    })
    .from(integrityRecipients)
    .where(eq(integrityRecipients.channelId, channelId));
  return rows.flatMap((row) =>
    row.publicKey ? [{ id: row.id, role: row.role, publicKey: row.publicKey }] : [],
  );
}

async function institutionIdsOf(db: Db, workspaceId: string): Promise<Map<string, string>> {
  const names = [
    ...new Set(
      DEMO_REPORTS.flatMap((report) => [report.institution, report.triage?.institution]).filter(
        (name): name is string => !!name,
      ),
    ),
  ];
  const rows = await db
    .select({ id: actors.id, name: actors.name })
    .from(actors)
    .where(and(eq(actors.workspaceId, workspaceId), inArray(actors.name, names)));
  const byName = new Map(rows.map((row) => [row.name, row.id]));
  for (const name of names)
    if (!byName.has(name)) throw new Error(`demo institution "${name}" is not on the map`);
  return byName;
}

interface CaseKeys {
  reportKey: Uint8Array;
  notesKey: Uint8Array;
  sodium: SodiumLib;
  institutionIds: Map<string, string>;
  daysAgo: (days: number) => Date;
}

/** The handlers' work on one case: triage and status with its dates, messages, notes, identity request. */
const auditName = (field: string) => (field === 'assignedTo' ? 'assigneeId' : field);

async function handleDemoCase(
  db: Db,
  owner: WorkspaceActor,
  reportId: string,
  demo: DemoReport,
  keys: CaseKeys,
) {
  const { sodium, daysAgo } = keys;
  const at = (days: number | undefined) => (days === undefined ? null : daysAgo(days));
  await db.transaction(async (tx) => {
    const triage = demo.triage;
    const [before] = await tx.select().from(integrityReports).where(eq(integrityReports.id, reportId));
    const reportNumber = before.number;
    if (triage || demo.status !== 'new') {
      const change = {
        status: demo.status,
        typeCode: triage?.type ?? null,
        institutionId: triage ? (keys.institutionIds.get(triage.institution) ?? null) : null,
        priority: triage?.priority ?? null,
        assignedTo: owner.user.id,
        outcome: demo.outcome ?? null,
        acknowledgedAt: at(demo.acknowledgedDaysAgo),
        feedbackAt: at(demo.feedbackDaysAgo),
        closedAt: at(demo.closedDaysAgo),
      };
      await tx
        .update(integrityReports)
        .set({ ...change, rowVersion: before.rowVersion + 1, updatedAt: new Date() })
        .where(eq(integrityReports.id, reportId));
      const audit = (action: string, fields: Array<keyof typeof change>) =>
        appendAudit(tx, {
          workspaceId: owner.workspace.id,
          actorId: owner.user.id,
          action,
          entityType: CASE_ENTITY,
          entityId: reportId,
          before: Object.fromEntries(fields.map((field) => [auditName(field), before[field]])),
          after: {
            number: before.number,
            ...Object.fromEntries(fields.map((field) => [auditName(field), change[field]])),
          },
        });
      // as the case service writes it: which classification fields changed, not their values
      if (triage)
        await appendAudit(tx, {
          workspaceId: owner.workspace.id,
          actorId: owner.user.id,
          action: 'integrity.case.triaged',
          entityType: CASE_ENTITY,
          entityId: reportId,
          after: { number: before.number, changed: 'typeCode, institutionId, priority' },
        });
      if (demo.status !== 'new') await audit('integrity.case.status_changed', ['status', 'outcome']);
      await audit('integrity.case.assigned', ['assignedTo']);
    }
    const messages = [
      ...(demo.conversation ?? []).map((message) => ({
        author: message.from === 'handler' ? ('recipient' as const) : ('whistleblower' as const),
        visibility: 'conversation' as const,
        text: message.text,
        daysAgo: message.daysAgo,
      })),
      ...(demo.notes ?? []).map((note) => ({
        author: 'recipient' as const,
        visibility: 'internal' as const,
        text: note.text,
        daysAgo: note.daysAgo,
      })),
    ].sort((a, b) => b.daysAgo - a.daysAgo);
    for (const message of messages) {
      const internal = message.visibility === 'internal';
      const id = randomUUID();
      await tx.insert(integrityMessages).values({
        id,
        workspaceId: owner.workspace.id,
        reportId,
        author: message.author,
        authorUserId: message.author === 'recipient' ? owner.user.id : null,
        visibility: message.visibility,
        ciphertext: encryptJson(
          sodium,
          internal ? keys.notesKey : keys.reportKey,
          { text: message.text },
          internal ? CONTEXTS.note : CONTEXTS.message,
        ),
        createdAt: daysAgo(message.daysAgo),
      });
      await appendAudit(tx, {
        workspaceId: owner.workspace.id,
        actorId: message.author === 'recipient' ? owner.user.id : null,
        action:
          message.author === 'whistleblower'
            ? 'integrity.message.received'
            : internal
              ? 'integrity.case.note_added'
              : 'integrity.case.message_sent',
        entityType: CASE_ENTITY,
        entityId: reportId,
        after: { number: reportNumber },
      });
    }
    if (demo.identityRequest) {
      const id = randomUUID();
      await tx.insert(integrityIdentityRequests).values({
        id,
        workspaceId: owner.workspace.id,
        reportId,
        requestedBy: owner.user.id,
        reason: demo.identityRequest,
        createdAt: daysAgo(Math.max(0, (demo.acknowledgedDaysAgo ?? demo.daysAgo) - 3)),
      });
      await appendAudit(tx, {
        workspaceId: owner.workspace.id,
        actorId: owner.user.id,
        action: 'integrity.identity.requested',
        entityType: CASE_ENTITY,
        entityId: reportId,
        after: { number: reportNumber },
      });
    }
  });
}
