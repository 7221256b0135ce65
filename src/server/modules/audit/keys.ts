import { type AuditKeys, deriveAuditKeys } from '../../../core/audit/keys.ts';

let current: { secret: string; keys: AuditKeys } | null = null;

/**
 * Sets the secret the audit keys derive from; the runtime calls it once at start-up (tests through
 * their harness). One process serves one secret, so the keys live here, not in every caller.
 */
export function setAuditSecret(secret: string): void {
  if (current?.secret === secret) return;
  current = { secret, keys: deriveAuditKeys(secret) };
}

export function auditKeys(): AuditKeys {
  if (!current)
    throw new Error('audit keys are not set: open the runtime (setAuditSecret) before writing the audit log');
  return current.keys;
}
