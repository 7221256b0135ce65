import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CONTEXTS,
  decryptBytes,
  decryptJson,
  encryptJson,
  loadSodium,
  openSealedKey,
  type SodiumLib,
} from '../core/integrity/crypto.ts';
import { jpegWithExif } from '../core/integrity/metadata/test-files.ts';
import type { ReportContent } from '../core/integrity/types.ts';
import {
  integrityMessages,
  integrityReportFiles,
  integrityReportKeys,
  integrityReports,
} from '../server/db/schema/integrity.ts';
import { type ReadyChannel, readyChannel } from '../server/modules/integrity/public-fixtures.ts';
import { createTestContext, newWorkspace, type TestContext } from '../server/testing/harness.ts';
import { runCli } from './run-cli.ts';

// The CLI in a child process against a real server on a random port, as a whistle-blower would run it.
const scratch = mkdtempSync(join(tmpdir(), 'custodes-integrity-cli-'));
const env = { CUSTODES_SERVER: undefined, CUSTODES_TOKEN: undefined };
let ctx: TestContext;
let sodium: SodiumLib;
let ready: ReadyChannel;
let handlerId: string;
let server: ServerType;
let url: string;

beforeAll(async () => {
  ctx = await createTestContext();
  sodium = await loadSodium();
  ready = await readyChannel(ctx, sodium, await newWorkspace(ctx));
  const channel = await ctx.app.request(`http://localhost:3000/api/public/${ready.workspace.slug}/channel`);
  const { recipients } = (await channel.json()) as { recipients: Array<{ id: string; role: string }> };
  handlerId = recipients.find((recipient) => recipient.role === 'handler')?.id ?? '';
  server = serve({ fetch: ctx.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120_000);

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await ctx?.close();
  rmSync(scratch, { recursive: true, force: true });
});

const submit = (args: string[]) =>
  runCli(['integrity', 'submit', '--server', url, '--workspace', ready.workspace.slug, ...args], env);

/** The report just stored, opened with the handler's private key as a handler's browser opens it. */
async function storedReport(number: number) {
  const [report] = await ctx.db
    .select()
    .from(integrityReports)
    .where(and(eq(integrityReports.workspaceId, ready.workspace.id), eq(integrityReports.number, number)));
  const [sealed] = await ctx.db
    .select()
    .from(integrityReportKeys)
    .where(
      and(
        eq(integrityReportKeys.reportId, report.id),
        eq(integrityReportKeys.recipientId, handlerId),
        eq(integrityReportKeys.kind, 'report'),
      ),
    );
  const key = openSealedKey(sodium, sealed.sealed, ready.handler);
  return {
    report,
    key,
    content: decryptJson<ReportContent>(sodium, key, report.content ?? '', CONTEXTS.content),
  };
}

describe('custodes integrity submit', () => {
  it('encrypts the text so that only a recipient reads it, and prints the receipt as JSON', async () => {
    const marker = `ghost names on the roll ${randomUUID()}`;
    const result = await submit(['--text', marker, '--type', 'payroll-fraud']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\{"receipt":"\d{16}"\}\n$/);
    const { report, content } = await storedReport(1);
    expect(report.content).not.toContain(marker);
    expect(content).toMatchObject({ description: marker, type: 'payroll-fraud', files: [], language: 'en' });
    expect(report.identityMode).toBe('anonymous');
  });

  it('sends files encrypted with identifying metadata removed, and defaults the type to other', async () => {
    const photo = join(scratch, 'checkpoint.jpg');
    const notes = join(scratch, 'notes.txt');
    const author = `camera-owner-${randomUUID()}`;
    writeFileSync(photo, jpegWithExif(author));
    writeFileSync(notes, 'dates and plates, written down');
    const result = await submit(['--text', 'photos of the checkpoint', '--file', photo, '--file', notes]);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout).receipt).toMatch(/^\d{16}$/);
    const { report, key, content } = await storedReport(2);
    expect(content.type).toBe('other');
    expect(content.files).toEqual([
      expect.objectContaining({ name: 'checkpoint.jpg', type: 'image/jpeg', metadataRemoved: true }),
      expect.objectContaining({ name: 'notes.txt', type: 'text/plain', metadataRemoved: false }),
    ]);
    const files = await ctx.db
      .select()
      .from(integrityReportFiles)
      .where(eq(integrityReportFiles.reportId, report.id))
      .orderBy(asc(integrityReportFiles.position));
    const plain = files.map((file) =>
      Buffer.from(decryptBytes(sodium, key, new Uint8Array(file.ciphertext), CONTEXTS.file)).toString(
        'latin1',
      ),
    );
    expect(plain[0]).not.toContain(author);
    expect(plain[0].length).toBe(content.files[0].size);
    expect(plain[1]).toBe('dates and plates, written down');
  });

  it('names the problem on one line and exits 1', async () => {
    const unknown = await runCli(
      ['integrity', 'submit', '--server', url, '--workspace', 'no-such-place', '--text', 'x'],
      env,
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toBe(
      'error: workspace "no-such-place" has no open integrity channel on this server\n',
    );
    const badType = await submit(['--text', 'x', '--type', 'gossip']);
    expect(badType.code).toBe(1);
    expect(badType.stderr).toMatch(/^error: --type: the channel offers corruption, .*"gossip" is not one\n$/);
    const missing = await submit(['--text', 'x', '--file', join(scratch, 'absent.pdf')]);
    expect(missing.stderr).toMatch(/absent\.pdf: no such file\n$/);
    const unreachable = await runCli(
      ['integrity', 'submit', '--server', 'http://127.0.0.1:9', '--workspace', 'x', '--text', 'x'],
      env,
    );
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toMatch(
      /^error: cannot reach the server at http:\/\/127\.0\.0\.1:9 \(.*\)\n$/,
    );
  });
});

describe('custodes integrity read', () => {
  it('prints the status and the conversation decrypted with the receipt alone', async () => {
    const sent = await submit(['--text', 'fuel delivered short', '--type', 'procurement-fraud']);
    const { receipt } = JSON.parse(sent.stdout) as { receipt: string };
    const { report, key } = await storedReport(3);
    // a handler replies, encrypted with the report key as the case page does
    await ctx.db.insert(integrityMessages).values({
      id: randomUUID(),
      workspaceId: ready.workspace.id,
      reportId: report.id,
      author: 'recipient',
      authorUserId: ready.workspace.owner.id,
      visibility: 'conversation',
      ciphertext: encryptJson(sodium, key, { text: 'Which depot was it?' }, CONTEXTS.message),
    });
    const read = await runCli(
      ['integrity', 'read', '--server', url, '--workspace', ready.workspace.slug, '--receipt', receipt],
      env,
    );
    expect(read.stderr).toBe('');
    expect(read.code).toBe(0);
    expect(JSON.parse(read.stdout)).toEqual({
      status: 'new',
      receivedAt: report.receivedAt.toISOString(),
      messages: [{ author: 'recipient', text: 'Which depot was it?', createdAt: expect.any(String) }],
    });
    const wrong = await runCli(
      ['integrity', 'read', '--server', url, '--workspace', ready.workspace.slug, '--receipt', '12'],
      env,
    );
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toBe('error: --receipt: a receipt is 16 digits\n');
  });
});
