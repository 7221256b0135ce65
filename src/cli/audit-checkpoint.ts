import { readFileSync } from 'node:fs';
import type { AuditCheckpoint } from '../core/audit/checkpoint.ts';
import { AppError } from '../core/errors/app-error.ts';
import {
  type CheckpointVerdict,
  verifyAgainstCheckpoint,
} from '../server/modules/audit/checkpoint-service.ts';
import { CheckpointSchema } from '../server/modules/audit/schemas.ts';
import { listAllWorkspaces } from '../server/modules/workspaces/repo.ts';
import { withRuntime } from './context.ts';
import type { ServerClient } from './server-client.ts';

/** Reads and checks the shape of a checkpoint file; the message names the file and the field. */
export function readCheckpointFile(path: string): AuditCheckpoint {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new AppError(
      'bad_request',
      `--checkpoint: cannot read ${path} (${(error as NodeJS.ErrnoException).code})`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('bad_request', `--checkpoint: ${path} is not JSON`);
  }
  const parsed = CheckpointSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError(
      'bad_request',
      `--checkpoint: ${path}: ${issue.path.join('.') || 'file'}: ${issue.message}`,
    );
  }
  return parsed.data;
}

export interface NamedCheckpointVerdict extends CheckpointVerdict {
  workspace: string;
}

export function verifyCheckpointInDatabase(
  checkpoint: AuditCheckpoint,
  slug: string | undefined,
): Promise<NamedCheckpointVerdict> {
  return withRuntime(async ({ database }) => {
    const db = database.db;
    const match = (await listAllWorkspaces(db)).find(({ workspace }) => workspace.id === checkpoint.chain);
    if (slug && match?.workspace.slug !== slug)
      throw new AppError(
        'bad_request',
        `--workspace: the checkpoint belongs to another workspace than "${slug}"`,
      );
    const verdict = await verifyAgainstCheckpoint(db, checkpoint);
    return { ...verdict, workspace: match?.workspace.slug ?? checkpoint.workspace };
  });
}

export async function verifyCheckpointOnServer(
  client: ServerClient,
  checkpoint: AuditCheckpoint,
  slug: string | undefined,
): Promise<NamedCheckpointVerdict> {
  const workspace = slug ?? checkpoint.workspace;
  const path = `/api/workspaces/${encodeURIComponent(workspace)}/audit/checkpoints/verify`;
  return { ...(await client.post<CheckpointVerdict>(path, checkpoint)), workspace };
}

/** One line: what was proven, or the first thing that failed. */
export function describeCheckpointVerdict(result: NamedCheckpointVerdict): string {
  const at = `the checkpoint at entry #${result.checkpoint.seq} (${result.checkpoint.time})`;
  if (result.ok)
    return `${result.workspace}: the log still extends ${at}; chain intact, ${result.checked} entries checked`;
  const why = result.checkpoint.problem?.reason ?? result.firstBroken?.reason ?? 'the chain does not verify';
  return `${result.workspace}: the log does NOT extend ${at}: ${why}`;
}
