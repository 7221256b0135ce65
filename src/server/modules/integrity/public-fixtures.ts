import { randomUUID } from 'node:crypto';
import type { KeyPair, SodiumLib } from '../../../core/integrity/crypto.ts';
import { sealReport } from '../../../core/integrity/seal-report.ts';
import type { IdentityContent, IdentityMode, ReportContent } from '../../../core/integrity/types.ts';
import { actors } from '../../db/schema/sector-map.ts';
import { api, newMember, type TestContext, type TestWorkspace } from '../../testing/harness.ts';
import { addRecipient, createChannel, setUpKey } from './channel-fixtures.ts';

/** Test helpers for the public intake: a channel ready to take reports, and reports sent as a browser does. */

export interface ReadyChannel {
  workspace: TestWorkspace;
  handler: KeyPair;
  custodian: KeyPair;
}

/** A channel with the owner as handler and an oversight member as identity custodian, both with keys. */
export async function readyChannel(
  ctx: TestContext,
  s: SodiumLib,
  workspace: TestWorkspace,
): Promise<ReadyChannel> {
  await createChannel(ctx, workspace);
  const custodianUser = await newMember(ctx, workspace, 'oversight');
  await addRecipient(ctx, workspace, workspace.owner.id, 'handler');
  await addRecipient(ctx, workspace, custodianUser.id, 'custodian');
  const handler = await setUpKey(ctx, s, workspace.slug, workspace.owner.cookie);
  const custodian = await setUpKey(ctx, s, workspace.slug, custodianUser.cookie);
  return { workspace, handler, custodian };
}

export async function addInstitution(ctx: TestContext, workspaceId: string, name: string) {
  const id = randomUUID();
  await ctx.db.insert(actors).values({ id, workspaceId, name, category: 'police', statutory: true });
  return id;
}

export function contentWith(description: string, files: ReportContent['files'] = []): ReportContent {
  return {
    type: 'payroll-fraud',
    institutionId: null,
    institutionOther: '',
    when: 'since January',
    where: 'the regional depot',
    description,
    answers: {},
    files,
    language: 'en',
  };
}

/** Reads the public channel and seals a report to it, as the intake page does. */
export async function sealForChannel(
  ctx: TestContext,
  s: SodiumLib,
  slug: string,
  content: ReportContent,
  options: { mode?: IdentityMode; identity?: IdentityContent; files?: Uint8Array[] } = {},
) {
  const channel = await api(ctx, 'GET', `/api/public/${slug}/channel`);
  if (channel.status !== 200) throw new Error(`channel: ${channel.status} ${JSON.stringify(channel.body)}`);
  return sealReport(
    s,
    channel.body,
    content,
    { mode: options.mode ?? 'anonymous', content: options.identity ?? null },
    options.files ?? [],
  );
}

/** Posts a report as multipart/form-data, files as parts, like the intake page. */
export async function postMultipart(
  ctx: TestContext,
  slug: string,
  report: unknown,
  files: Uint8Array[],
  headers: Record<string, string> = {},
) {
  const form = new FormData();
  form.append('report', JSON.stringify(report));
  for (const file of files) form.append('file', new Blob([new Uint8Array(file)]), 'evidence.bin');
  const response = await ctx.app.request(`http://localhost:3000/api/public/${slug}/reports`, {
    method: 'POST',
    headers: { origin: 'http://localhost:3000', ...headers },
    body: form,
  });
  return { status: response.status, body: await response.json(), headers: response.headers };
}
