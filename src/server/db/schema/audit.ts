import { bigserial, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * Append-only, hash-chained log. One chain per workspace (chain = workspace id) plus the
 * `system` chain for events outside any workspace. `audit_heads` remembers each chain's last
 * entry so that removing entries from the end is detected too.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    chain: text('chain').notNull(),
    seq: integer('seq').notNull(),
    workspaceId: text('workspace_id'),
    actorId: text('actor_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    changes: jsonb('changes').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
    /** How `hash` was computed: 1, the original JSON encoding; 2, RFC 8785 canonical JSON. */
    hashFormat: integer('hash_format').notNull().default(1),
  },
  (table) => [
    uniqueIndex('audit_log_chain_seq_idx').on(table.chain, table.seq),
    index('audit_log_workspace_created_idx').on(table.workspaceId, table.createdAt),
  ],
);

export const auditHeads = pgTable('audit_heads', {
  chain: text('chain').primaryKey(),
  lastSeq: integer('last_seq').notNull(),
  lastHash: text('last_hash').notNull(),
  /** HMAC of the head under a key derived from the server secret, so a rewritten head is detected. */
  headMac: text('head_mac'),
});
