import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import {
  CONTEXTS,
  encryptJson,
  loadSodium,
  openSealedKey,
  whistleblowerKeyPair,
} from '../../../core/integrity/crypto.ts';
import { createApp } from '../../app.ts';
import { createAuth } from '../../auth/auth.ts';
import { openDatabase } from '../../db/client.ts';
import { api, newWorkspace, TEST_SECRET, type TestContext } from '../../testing/harness.ts';
import { setAuditSecret } from '../audit/keys.ts';
import { contentWith, postMultipart, readyChannel, sealForChannel } from './public-fixtures.ts';

/**
 * The promise: a text planted in a report, its evidence file and a follow-up message, sent
 * through the HTTP API, appears nowhere in the database's files, nor does the receipt, and neither
 * they nor the caller's address or user agent appear in anything the server prints.
 */

const dataDir = mkdtempSync(join(tmpdir(), 'custodes-planted-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Every file under the data directory that holds `needle` (as UTF-8 or UTF-16 text). */
function filesHolding(needle: string): string[] {
  const forms = [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le')];
  return filesUnder(dataDir).filter((file) => {
    const bytes = readFileSync(file);
    return forms.some((form) => bytes.includes(form));
  });
}

/** Everything written to the console or the process's output while `run` runs. */
async function printedDuring(run: () => Promise<void>): Promise<string> {
  const printed: string[] = [];
  const keep = (...args: unknown[]) => {
    printed.push(
      args.map((arg) => (arg instanceof Error ? `${arg.message} ${arg.stack}` : String(arg))).join(' '),
    );
  };
  const keepChunk = (chunk: unknown) => {
    keep(chunk);
    return true;
  };
  const spies = [
    ...(['log', 'info', 'warn', 'error', 'debug', 'trace'] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation(keep),
    ),
    vi.spyOn(process.stdout, 'write').mockImplementation(keepChunk),
    vi.spyOn(process.stderr, 'write').mockImplementation(keepChunk),
  ];
  try {
    await run();
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return printed.join('\n');
}

it('a planted marker and the receipt are nowhere in the database files or the output', async () => {
  const database = await openDatabase({ dataDir });
  await database.migrate();
  setAuditSecret(TEST_SECRET);
  const auth = createAuth({
    db: database.db,
    secret: TEST_SECRET,
    baseURL: 'http://localhost:3000',
    quiet: true,
  });
  const app = createApp({ database, auth, version: 'test', webRoot: null, trustProxy: true });
  const ctx: TestContext = { app, database, auth, db: database.db, close: () => database.close() };
  const s = await loadSodium();

  const marker = `PLANTED-${randomUUID()}`;
  const control = `CONTROL-${randomUUID()}`;
  const address = '203.0.113.177';
  const userAgent = `MarkerBrowser/${randomUUID()}`;
  const caller = { 'x-forwarded-for': address, 'user-agent': userAgent };

  const workspace = await newWorkspace(ctx);
  // A text stored in clear on purpose: proves the file scan finds what the database does hold.
  await api(ctx, 'PATCH', `/api/workspaces/${workspace.slug}`, {
    cookie: workspace.owner.cookie,
    body: { name: control },
  });
  await readyChannel(ctx, s, workspace);
  const slug = workspace.slug;
  const evidence = new TextEncoder().encode(`Evidence file. ${marker} appears in the payroll extract.`);
  const sealed = await sealForChannel(
    ctx,
    s,
    slug,
    contentWith(`The marker ${marker} is in the description`, [
      { name: `${marker}.txt`, type: 'text/plain', size: evidence.length, metadataRemoved: false },
    ]),
    { files: [evidence], mode: 'open', identity: { name: `Name ${marker}`, contact: 'a phone' } },
  );

  const printed = await printedDuring(async () => {
    const channel = await api(ctx, 'GET', `/api/public/${slug}/channel`, { headers: caller });
    expect(channel.status).toBe(200);
    const sent = await postMultipart(ctx, slug, sealed.report, sealed.files, caller);
    expect(sent.status).toBe(201);
    const access = await api(ctx, 'POST', `/api/public/${slug}/reports/access`, {
      body: { receipt: sealed.receipt },
      headers: caller,
    });
    expect(access.status).toBe(200);
    const mine = whistleblowerKeyPair(s, sealed.receipt, channel.body.whistleblowerSalt);
    const reportKey = openSealedKey(s, access.body.report.whistleblowerKey, mine);
    const ciphertext = encryptJson(s, reportKey, { text: `Follow-up: ${marker}` }, CONTEXTS.message);
    const message = await api(ctx, 'POST', `/api/public/${slug}/reports/messages`, {
      body: { receipt: sealed.receipt, ciphertext },
      headers: caller,
    });
    expect(message.status).toBe(201);
    const wrong = await api(ctx, 'POST', `/api/public/${slug}/reports/access`, {
      body: { receipt: '0000111122223333' },
      headers: caller,
    });
    expect(wrong.status).toBe(404);
  });
  await ctx.close();

  for (const secret of [marker, sealed.receipt, address, userAgent]) expect(printed).not.toContain(secret);
  expect(filesHolding(control).length).toBeGreaterThan(0);
  expect(filesHolding(marker)).toEqual([]);
  expect(filesHolding(sealed.receipt)).toEqual([]);
  expect(filesHolding(address)).toEqual([]);
  expect(filesHolding(userAgent)).toEqual([]);
}, 120_000);
