import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { z } from '@hono/zod-openapi';
import type { Command } from 'commander';
import { AppError } from '../core/errors/app-error.ts';
import {
  CONTEXTS,
  decryptJson,
  loadSodium,
  normaliseReceipt,
  openSealedKey,
  whistleblowerKeyPair,
} from '../core/integrity/crypto.ts';
import { MIN_CIPHERTEXT_BYTES } from '../core/integrity/intake-limits.ts';
import { sealReport } from '../core/integrity/seal-report.ts';
import type { MessageContent, ReportContent } from '../core/integrity/types.ts';
import type {
  AccessedReportSchema,
  PublicChannelSchema,
} from '../server/modules/integrity/public-schemas.ts';
import { guessFileType, prepareEvidence } from './integrity-evidence.ts';
import { parseServerUrl, ServerClient, type ServerError } from './server-client.ts';

interface PublicOptions {
  server?: string;
  workspace: string;
}

interface SubmitOptions extends PublicOptions {
  text: string;
  type?: string;
  file: string[];
}

interface ReadOptions extends PublicOptions {
  receipt: string;
}

type PublicChannel = z.infer<typeof PublicChannelSchema>;
type AccessAnswer = z.infer<typeof AccessedReportSchema>;

/** The server from --server or CUSTODES_SERVER; the public endpoints take no token. */
function publicClient(options: PublicOptions, env: NodeJS.ProcessEnv = process.env): ServerClient {
  const url = options.server ?? (env.CUSTODES_SERVER ? parseServerUrl(env.CUSTODES_SERVER) : undefined);
  if (!url)
    throw new AppError(
      'bad_request',
      '--server URL is required (or CUSTODES_SERVER): the server to report to',
    );
  return new ServerClient({ url, token: null });
}

const publicPath = (slug: string, rest: string) => `/api/public/${encodeURIComponent(slug)}${rest}`;

async function fetchChannel(client: ServerClient, slug: string): Promise<PublicChannel> {
  return client.get<PublicChannel>(publicPath(slug, '/channel'), (error: ServerError) => {
    if (error.code === 'not_found')
      throw new AppError('not_found', `workspace "${slug}" has no open integrity channel on this server`);
  });
}

/** The --type asked for when the channel offers it; else `other` when offered, else the first. */
export function chooseReportType(offered: string[], asked: string | undefined): string {
  if (offered.length === 0) throw new AppError('bad_request', 'the channel offers no type of report');
  if (asked !== undefined) {
    if (!offered.includes(asked))
      throw new AppError(
        'bad_request',
        `--type: the channel offers ${offered.join(', ')}; "${asked}" is not one`,
      );
    return asked;
  }
  return offered.includes('other') ? 'other' : offered[0];
}

function checkFiles(paths: string[], channel: PublicChannel['channel']): void {
  if (paths.length > channel.maxFiles)
    throw new AppError('bad_request', `--file: the channel takes at most ${channel.maxFiles} files`);
  for (const path of paths) {
    if (!existsSync(path) || !statSync(path).isFile())
      throw new AppError('not_found', `${path}: no such file`);
    // the limit is on the encrypted part: the file plus a nonce and a tag
    if (statSync(path).size + MIN_CIPHERTEXT_BYTES > channel.maxFileBytes)
      throw new AppError(
        'payload_too_large',
        `${path}: larger than the channel's limit of ${channel.maxFileBytes - MIN_CIPHERTEXT_BYTES} bytes per file`,
      );
  }
}

/**
 * Encrypts a report exactly as the intake page does (same content shape, same sealing, metadata
 * stripped by the same functions) and posts it; returns the receipt.
 */
export async function submitReport(client: ServerClient, options: SubmitOptions): Promise<string> {
  if (!options.text.trim()) throw new AppError('bad_request', '--text: the description is empty');
  const published = await fetchChannel(client, options.workspace);
  checkFiles(options.file, published.channel);
  const type = chooseReportType(
    published.channel.reportTypes.map((option) => option.code),
    options.type,
  );
  const evidence = options.file.map((path) => prepareEvidence(new Uint8Array(readFileSync(path))));
  const content: ReportContent = {
    type,
    institutionId: null,
    institutionOther: '',
    when: '',
    where: '',
    description: options.text,
    answers: {},
    files: options.file.map((path, i) => ({
      name: basename(path),
      type: guessFileType(path),
      size: evidence[i].bytes.length,
      metadataRemoved: evidence[i].removed,
    })),
    language: 'en',
  };
  const sodium = await loadSodium();
  const sealed = sealReport(
    sodium,
    { whistleblowerSalt: published.whistleblowerSalt, recipients: published.recipients },
    content,
    { mode: 'anonymous', content: null },
    evidence.map((file) => file.bytes),
  );
  const path = publicPath(options.workspace, '/reports');
  if (sealed.files.length === 0) {
    await client.post<{ receipt: string }>(path, sealed.report);
    return sealed.receipt;
  }
  const form = new FormData();
  form.append('report', JSON.stringify(sealed.report));
  // The parts carry neutral names: the real file names travel only inside the encrypted content.
  sealed.files.forEach((bytes, i) => {
    form.append(
      'file',
      new File([new Uint8Array(bytes)], `evidence-${i + 1}.bin`, { type: 'application/octet-stream' }),
    );
  });
  await client.postForm<{ receipt: string }>(path, form);
  return sealed.receipt;
}

/** The whistle-blower's view of their report: status, date, and the conversation decrypted with the receipt. */
export async function readReport(client: ServerClient, options: ReadOptions) {
  const receipt = normaliseReceipt(options.receipt);
  if (!receipt) throw new AppError('bad_request', '--receipt: a receipt is 16 digits');
  const published = await fetchChannel(client, options.workspace);
  const answer = await client.post<AccessAnswer>(publicPath(options.workspace, '/reports/access'), {
    receipt,
  });
  const messages: Array<{ author: string; text: string; createdAt: string }> = [];
  if (answer.report.whistleblowerKey && !answer.report.purged) {
    const sodium = await loadSodium();
    const pair = whistleblowerKeyPair(sodium, receipt, published.whistleblowerSalt);
    const reportKey = openSealedKey(sodium, answer.report.whistleblowerKey, pair);
    for (const message of answer.messages) {
      const { text } = decryptJson<MessageContent>(sodium, reportKey, message.ciphertext, CONTEXTS.message);
      messages.push({ author: message.author, text, createdAt: message.createdAt });
    }
  }
  return { status: answer.report.status, receivedAt: answer.report.receivedAt, messages };
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** `custodes integrity submit|read`: an anonymous report through the public intake, and reading its replies. */
export function registerIntegrityCommands(program: Command): void {
  const integrity = program
    .command('integrity')
    .description('Integrity channel: send an encrypted anonymous report, read the replies with its receipt');
  integrity
    .command('submit')
    .description(
      'encrypt a report as the intake page does and send it anonymously; prints {"receipt":"…"} (keep it: it is shown once)',
    )
    .option('--server <url>', 'the Custodes server (or CUSTODES_SERVER)', parseServerUrl)
    .requiredOption('--workspace <slug>', 'the workspace whose channel receives the report')
    .requiredOption('--text <text>', 'what happened (the description)')
    .option('--type <code>', 'the type of wrongdoing, one the channel offers (default: other)')
    .option('--file <path>', 'an evidence file (repeat for several)', collect, [])
    .action(async (options: SubmitOptions) => {
      const receipt = await submitReport(publicClient(options), options);
      process.stdout.write(`${JSON.stringify({ receipt })}\n`);
    });
  integrity
    .command('read')
    .description('open a report with its receipt and print its status and decrypted conversation as JSON')
    .option('--server <url>', 'the Custodes server (or CUSTODES_SERVER)', parseServerUrl)
    .requiredOption('--workspace <slug>', 'the workspace whose channel holds the report')
    .requiredOption('--receipt <digits>', 'the 16-digit receipt given when the report was sent')
    .action(async (options: ReadOptions) => {
      const view = await readReport(publicClient(options), options);
      process.stdout.write(`${JSON.stringify(view, null, 2)}\n`);
    });
}
