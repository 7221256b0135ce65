import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { permissionsOf } from '../../../core/access/roles.ts';
import type { Language } from '../../../core/access/workspace-input.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import {
  normaliseRequiredOversightKinds,
  requiredOversightKindsProblem,
} from '../../../core/sector-map/oversight-gaps.ts';
import type { OversightKind } from '../../../core/sector-map/relations.ts';
import type { Db } from '../../db/client.ts';
import { memberships, workspaces } from '../../db/schema/index.ts';
import { appendAudit } from '../audit/repo.ts';
import { isEmptyPatch } from '../shared/empty-patch.ts';
import { checkVersion, nextVersion } from '../shared/row-version.ts';
import { authorize, type WorkspaceActor, type WorkspaceRow } from './membership.ts';
import { countMembers, findWorkspaceBySlug, listWorkspacesOfUser } from './repo.ts';

export interface WorkspaceInput {
  name: string;
  slug: string;
  country?: string | null;
  defaultLanguage?: Language;
}

/** What the workspace settings change; the slug never changes. */
export interface WorkspacePatch extends Partial<Omit<WorkspaceInput, 'slug'>> {
  /** The oversight kinds whose absence over an armed actor counts as a gap. */
  requiredOversightKinds?: OversightKind[];
}

export function presentWorkspace(row: WorkspaceRow) {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    country: row.country,
    defaultLanguage: row.defaultLanguage as Language,
    requiredOversightKinds: normaliseRequiredOversightKinds(row.requiredOversightKinds),
    createdAt: row.createdAt.toISOString(),
    version: row.rowVersion,
  };
}

function auditedFields(row: WorkspaceRow) {
  return {
    name: row.name,
    slug: row.slug,
    country: row.country,
    defaultLanguage: row.defaultLanguage as Language,
    requiredOversightKinds: normaliseRequiredOversightKinds(row.requiredOversightKinds),
  };
}

/** Creates a workspace with `ownerId` as its owner; one transaction with its audit entries. */
export async function createWorkspace(options: {
  db: Db;
  ownerId: string;
  actorId: string | null;
  input: WorkspaceInput;
}) {
  const { db, input } = options;
  if (await findWorkspaceBySlug(db, input.slug)) {
    throw new AppError('conflict', `slug: the workspace "${input.slug}" already exists`);
  }
  return db.transaction(async (tx) => {
    const [workspace] = await tx
      .insert(workspaces)
      .values({
        id: randomUUID(),
        name: input.name,
        slug: input.slug,
        country: input.country ?? null,
        defaultLanguage: input.defaultLanguage ?? 'en',
      })
      .returning();
    const member = { id: randomUUID(), organizationId: workspace.id, userId: options.ownerId, role: 'owner' };
    await tx.insert(memberships).values(member);
    const base = { workspaceId: workspace.id, actorId: options.actorId };
    await appendAudit(tx, {
      ...base,
      action: 'workspace.create',
      entityType: 'workspace',
      entityId: workspace.id,
      after: auditedFields(workspace),
    });
    await appendAudit(tx, {
      ...base,
      action: 'member.add',
      entityType: 'member',
      entityId: member.id,
      after: { userId: member.userId, role: member.role },
    });
    return workspace;
  });
}

export async function updateWorkspace(options: {
  db: Db;
  actor: WorkspaceActor;
  patch: WorkspacePatch;
  expectedVersion?: number;
}) {
  const { db, actor } = options;
  authorize(actor, 'workspace:update');
  const { requiredOversightKinds, ...fields } = options.patch;
  if (requiredOversightKinds) {
    const problem = requiredOversightKindsProblem(requiredOversightKinds);
    if (problem) throw new AppError('bad_request', `requiredOversightKinds: ${problem}`);
  }
  const patch = {
    ...fields,
    ...(requiredOversightKinds && {
      requiredOversightKinds: normaliseRequiredOversightKinds(requiredOversightKinds),
    }),
  };
  return db.transaction(async (tx) => {
    // the workspace as stored now, locked, not as it was when the request was authorised
    const [before] = await tx
      .select()
      .from(workspaces)
      .where(eq(workspaces.id, actor.workspace.id))
      .for('update');
    checkVersion(before.rowVersion, options.expectedVersion);
    if (isEmptyPatch(options.patch)) return before;
    const [updated] = await tx
      .update(workspaces)
      .set({ ...patch, rowVersion: nextVersion(workspaces.rowVersion) })
      .where(eq(workspaces.id, actor.workspace.id))
      .returning();
    await appendAudit(tx, {
      workspaceId: updated.id,
      actorId: actor.user.id,
      action: 'workspace.update',
      entityType: 'workspace',
      entityId: updated.id,
      before: auditedFields(before),
      after: auditedFields(updated),
    });
    return updated;
  });
}

export async function myWorkspaces(db: Db, userId: string) {
  const rows = await listWorkspacesOfUser(db, userId);
  return rows.map((row) => ({ ...presentWorkspace(row.workspace), role: row.role }));
}

export async function describeWorkspace(db: Db, actor: WorkspaceActor) {
  return {
    workspace: {
      ...presentWorkspace(actor.workspace),
      memberCount: await countMembers(db, actor.workspace.id),
    },
    role: actor.role,
    permissions: permissionsOf(actor.role),
  };
}
