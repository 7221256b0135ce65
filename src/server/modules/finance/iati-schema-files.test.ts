import { createReadStream, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../core/errors/app-error.ts';
import { haveSharedData, sharedDataPath } from '../../../testing/shared-data.ts';
import { createTestContext, newWorkspace, type TestContext } from '../../testing/harness.ts';
import type { WorkspaceActor } from '../workspaces/membership.ts';
import { findWorkspaceBySlug } from '../workspaces/repo.ts';
import { iatiStreamSource } from './iati-file-source.ts';
import { importIatiActivities } from './iati-import-service.ts';

const root = sharedDataPath('iati/schema-tests');
const filesUnder = (dir: string): string[] =>
  (haveSharedData(dir) ? readdirSync(dir) : [])
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : name.endsWith('.xml') ? [path] : [];
    })
    .sort();

// The IATI schema test files, imported into a workspace: what the reader accepts must also land.
describe.skipIf(!haveSharedData(root))('IATI schema test files through the import', () => {
  let ctx: TestContext;
  let actor: WorkspaceActor;
  beforeAll(async () => {
    ctx = await createTestContext();
    const home = await newWorkspace(ctx);
    const workspace = await findWorkspaceBySlug(ctx.db, home.slug);
    if (!workspace) throw new Error('no workspace');
    actor = {
      user: { id: home.owner.id, name: home.owner.name, email: home.owner.email },
      workspace,
      role: 'owner',
    };
  });
  afterAll(() => ctx.close());

  const importFile = (path: string) =>
    importIatiActivities({
      db: ctx.db,
      actor,
      fileName: relative(root, path),
      read: iatiStreamSource(createReadStream(path)),
    });

  it.each(filesUnder(join(root, 'should-pass')).map((path) => [relative(root, path), path]))(
    '%s imports',
    async (_name, path) => {
      const result = await importFile(path);
      expect(result.importId).toBeTruthy();
    },
  );

  it.each(filesUnder(join(root, 'should-fail')).map((path) => [relative(root, path), path]))(
    '%s is refused naming the line, or imported with warnings',
    async (_name, path) => {
      try {
        const result = await importFile(path);
        expect(result.warningCount).toBeGreaterThan(0);
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        expect((error as AppError).code).toBe('unprocessable');
        expect((error as AppError).message).toMatch(/^Line \d+/);
      }
    },
  );
});
