import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, queryRows } from '../server/db/client.ts';
import { cliSucceeding, seedKasora } from './cli-fixtures.ts';
import { runCli } from './run-cli.ts';

const scratch = mkdtempSync(join(tmpdir(), 'custodes-cli-'));
const dataDir = join(scratch, 'data');
const env = { CUSTODES_DATA_DIR: dataDir };
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const ok = cliSucceeding(env);

beforeAll(() => seedKasora(ok), 120_000);

describe('custodes CLI', () => {
  it('prints help right away', async () => {
    const help = await ok(['--help']);
    for (const command of ['serve', 'migrate', 'users', 'workspaces', 'backup', 'restore', 'audit'])
      expect(help).toContain(command);
  });

  it('lists workspaces as JSON', async () => {
    const list = JSON.parse(await ok(['workspaces', 'list', '--json']));
    expect(list).toEqual([
      expect.objectContaining({ slug: 'kasora', name: 'Kasora programme', country: 'Kasora', members: 2 }),
    ]);
  });

  it('rejects bad input with a message naming the field and changes nothing', async () => {
    const badEmail = await runCli(
      ['users', 'create', '--email', 'nope', '--password', 'long-enough-pw', '--name', 'X'],
      env,
    );
    expect(badEmail.code).toBe(1);
    expect(badEmail.stderr).toMatch(/email: "nope" is not an email address/);
    const badRole = await runCli(
      [
        'users',
        'create',
        '--email',
        'x@example.org',
        '--password',
        'long-enough-pw',
        '--name',
        'X',
        '--workspace',
        'kasora',
        '--role',
        'king',
      ],
      env,
    );
    expect(badRole.code).not.toBe(0);
    expect(badRole.stderr).toMatch(/choose one of owner, admin/);
    const noWorkspace = await runCli(
      [
        'users',
        'create',
        '--email',
        'y@example.org',
        '--password',
        'long-enough-pw',
        '--name',
        'Y',
        '--workspace',
        'atlantis',
      ],
      env,
    );
    expect(noWorkspace.code).toBe(1);
    expect(noWorkspace.stderr).toMatch(/no workspace "atlantis"/);
    const dup = await runCli(
      ['workspaces', 'create', '--name', 'Again', '--slug', 'kasora', '--owner', 'chair@example.org'],
      env,
    );
    expect(dup.code).toBe(1);
    expect(dup.stderr).toMatch(/slug: the workspace "kasora" already exists/);
    expect(JSON.parse(await ok(['workspaces', 'list', '--json']))).toHaveLength(1);
  });

  it('backs up and restores into a fresh embedded database, chain intact', async () => {
    const dump = join(scratch, 'backup.sql');
    expect(await ok(['backup', '--out', dump])).toMatch(/Wrote \d+ rows from pglite/);
    expect(readFileSync(dump, 'utf8').split('\n')[0]).toBe('-- custodes-sql-dump 1');
    const copyEnv = { CUSTODES_DATA_DIR: join(scratch, 'copy') };
    // Audit heads are sealed with a key derived from the server secret: it travels with the backup.
    mkdirSync(copyEnv.CUSTODES_DATA_DIR, { recursive: true });
    copyFileSync(join(dataDir, 'auth-secret'), join(copyEnv.CUSTODES_DATA_DIR, 'auth-secret'));
    expect(await ok(['restore', dump], copyEnv)).toMatch(/Restored \d+ rows into pglite/);
    expect(await ok(['workspaces', 'list', '--json'], copyEnv)).toBe(
      await ok(['workspaces', 'list', '--json']),
    );
    expect(await ok(['audit', 'verify'], copyEnv)).toMatch(/kasora: intact, 3 entries checked/);
    const again = await runCli(['restore', dump], copyEnv);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/restore needs an empty database/);
  });

  it('refuses a file that is not a backup, and one cut short, restoring nothing', async () => {
    const junk = join(scratch, 'junk.sql');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(junk, 'DROP TABLE users;\n');
    const target = { CUSTODES_DATA_DIR: join(scratch, 'junk-target') };
    const res = await runCli(['restore', junk], target);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/not a Custodes backup/);
    const dump = join(scratch, 'for-truncation.sql');
    await ok(['backup', '--out', dump]);
    const cut = join(scratch, 'cut.sql');
    const lines = readFileSync(dump, 'utf8').split('\n');
    writeFileSync(cut, lines.slice(0, lines.length - 4).join('\n'));
    const truncated = await runCli(['restore', cut], target);
    expect(truncated.code).toBe(1);
    expect(truncated.stderr).toMatch(/truncated/);
    expect(await ok(['workspaces', 'list', '--json'], target)).toBe('[]\n');
  });

  it('users: a breached password is refused; --server-admin and grant-admin make server administrators', async () => {
    const account = (email: string) => [
      '--email',
      email,
      '--password',
      'an-unlisted-passphrase',
      '--name',
      'X',
    ];
    const weak = await runCli(
      ['users', 'create', '--email', 'weak@example.org', '--password', 'Qwertyuiop', '--name', 'W'],
      env,
    );
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/password: .*common or breached/);
    expect(await ok(['users', 'create', ...account('boss@example.org'), '--server-admin'])).toMatch(
      /server administrator/,
    );
    await ok(['users', 'create', ...account('later@example.org')]);
    expect(await ok(['users', 'grant-admin', '--email', 'later@example.org'])).toMatch(
      /later@example.org is now a server administrator/,
    );
    const database = await openDatabase({ dataDir });
    const rows = await queryRows(
      database.db,
      sql`select email, server_role from users where email in ('weak@example.org', 'boss@example.org', 'later@example.org') order by email`,
    );
    await database.close();
    expect(rows).toEqual([
      { email: 'boss@example.org', server_role: 'admin' },
      { email: 'later@example.org', server_role: 'admin' },
    ]);
  }, 180_000);

  it('backs up with mode 0600, and --without-sessions leaves the sessions out', async () => {
    const dump = join(scratch, 'lean.sql');
    expect(await ok(['backup', '--out', dump, '--without-sessions'])).toMatch(/Wrote \d+ rows/);
    expect(statSync(dump).mode & 0o777).toBe(0o600);
    expect(readFileSync(dump, 'utf8')).not.toMatch(/^INSERT INTO "sessions" /m);
  });

  it('audit verify names the first broken entry after tampering, and exits 1', async () => {
    expect(await ok(['audit', 'verify', '--workspace', 'kasora'])).toMatch(
      /kasora: intact, 3 entries checked/,
    );
    const database = await openDatabase({ dataDir });
    await database.db.execute(
      sql`update audit_log set action = 'member.remove' where seq = 2 and workspace_id is not null`,
    );
    await database.close();
    const result = await runCli(['audit', 'verify', '--workspace', 'kasora'], env);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/kasora: BROKEN at entry #2 \(id \d+\): content does not match its hash/);
  });
});
