import type { Command } from 'commander';
import { AppError } from '../core/errors/app-error.ts';
import { verifyAllAuditChains, verifyAuditChain } from '../server/modules/audit/service.ts';
import { findWorkspaceBySlug, listAllWorkspaces } from '../server/modules/workspaces/repo.ts';
import {
  describeCheckpointVerdict,
  readCheckpointFile,
  verifyCheckpointInDatabase,
  verifyCheckpointOnServer,
} from './audit-checkpoint.ts';
import { withRuntime } from './context.ts';
import { type ServerClient, type ServerOptions, serverClient, withServerOptions } from './server-client.ts';

interface ChainVerdict {
  chain: string;
  ok: boolean;
  checked: number;
  firstBroken: { seq: number; id: string; reason: string } | null;
  headSealed: boolean;
}

type Verdict = Omit<ChainVerdict, 'chain'>;

function verifyInDatabase(slug: string | undefined): Promise<ChainVerdict[]> {
  return withRuntime(async ({ database }) => {
    const db = database.db;
    if (slug) {
      const workspace = await findWorkspaceBySlug(db, slug);
      if (!workspace) throw new AppError('not_found', `workspace: no workspace "${slug}"`);
      return [{ chain: workspace.slug, ...(await verifyAuditChain(db, workspace.id)) }];
    }
    const slugs = new Map(
      (await listAllWorkspaces(db)).map(({ workspace }) => [workspace.id, workspace.slug]),
    );
    return (await verifyAllAuditChains(db)).map((r) => ({ ...r, chain: slugs.get(r.chain) ?? r.chain }));
  });
}

/** Over HTTP: the named workspace, or every workspace of the token's user (not the system chain). */
async function verifyOnServer(client: ServerClient, slug: string | undefined): Promise<ChainVerdict[]> {
  let slugs = slug ? [slug] : [];
  if (!slug) {
    const { workspaces } = await client.get<{ workspaces: Array<{ slug: string }> }>('/api/workspaces');
    slugs = workspaces.map((w) => w.slug).sort();
  }
  const verdicts: ChainVerdict[] = [];
  for (const chain of slugs) {
    const verdict = await client.get<Verdict>(`/api/workspaces/${encodeURIComponent(chain)}/audit/verify`);
    verdicts.push({ chain, ...verdict });
  }
  return verdicts;
}

const UNSEALED_NOTE =
  ' (head not sealed yet: it was written before head seals, is accepted this once, and is sealed at the next change)';

function describeVerdict(result: ChainVerdict): string {
  if (result.ok)
    return `${result.chain}: intact, ${result.checked} entries checked${result.headSealed ? '' : UNSEALED_NOTE}`;
  const broken = result.firstBroken;
  return `${result.chain}: BROKEN at entry #${broken?.seq}${broken?.id ? ` (id ${broken.id})` : ''}: ${broken?.reason} (${result.checked} entries intact before it)`;
}

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('the tamper-evident audit trail');
  withServerOptions(
    audit
      .command('verify')
      .description(
        'recompute the hash chains and name the first broken entry (through --server: your workspaces)',
      )
      .option('--workspace <slug>', 'only this workspace')
      .option('--checkpoint <file>', 'also prove the log still extends this signed checkpoint'),
  ).action(async (options: ServerOptions & { workspace?: string; checkpoint?: string }) => {
    const client = serverClient(options);
    if (options.checkpoint) {
      const checkpoint = readCheckpointFile(options.checkpoint);
      const result = client
        ? await verifyCheckpointOnServer(client, checkpoint, options.workspace)
        : await verifyCheckpointInDatabase(checkpoint, options.workspace);
      console.log(describeCheckpointVerdict(result));
      if (!result.ok) process.exitCode = 1;
      return;
    }
    const results = client
      ? await verifyOnServer(client, options.workspace)
      : await verifyInDatabase(options.workspace);
    for (const result of results) console.log(describeVerdict(result));
    if (results.some((r) => !r.ok)) process.exitCode = 1;
  });
}
