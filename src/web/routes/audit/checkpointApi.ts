// Typed client for audit checkpoints (server: src/server/modules/audit/checkpoint-routes.ts).
import type { AuditCheckpoint } from '../../../core/audit/checkpoint.ts';
import { apiRequest } from '../../api/http';

export type { AuditCheckpoint };

export function createCheckpoint(slug: string): Promise<AuditCheckpoint> {
  return apiRequest<AuditCheckpoint>('POST', `/api/workspaces/${encodeURIComponent(slug)}/audit/checkpoints`);
}

/** A file name that sorts by time and says what it is: audit-checkpoint-<slug>-<seq>.json. */
export function checkpointFileName(checkpoint: AuditCheckpoint): string {
  return `audit-checkpoint-${checkpoint.workspace}-${checkpoint.seq}.json`;
}

/** Hands the checkpoint to the browser as a JSON download. */
export function saveCheckpoint(checkpoint: AuditCheckpoint): void {
  const blob = new Blob([`${JSON.stringify(checkpoint, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = checkpointFileName(checkpoint);
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
