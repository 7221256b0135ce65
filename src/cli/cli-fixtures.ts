import { runCli } from './run-cli.ts';

/** Runs `custodes` against one environment and fails loudly when a command does not exit 0. */
export function cliSucceeding(defaultEnv: Record<string, string | undefined>) {
  return async (args: string[], env: Record<string, string | undefined> = defaultEnv) => {
    const result = await runCli(args, env);
    if (result.code !== 0)
      throw new Error(`custodes ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
    return result.stdout;
  };
}

/** One workspace (kasora) with an owner (a server administrator) and an editor, made through the CLI: 3 audit entries. */
export async function seedKasora(ok: ReturnType<typeof cliSucceeding>) {
  await ok([
    'users',
    'create',
    '--email',
    'chair@example.org',
    '--password',
    'a-long-password',
    '--name',
    'Committee Chair',
    '--server-admin',
  ]);
  await ok([
    'workspaces',
    'create',
    '--name',
    'Kasora programme',
    '--slug',
    'kasora',
    '--owner',
    'chair@example.org',
    '--country',
    'Kasora',
  ]);
  await ok([
    'users',
    'create',
    '--email',
    'focal@example.org',
    '--password',
    'another-long-one',
    '--name',
    'Focal Point',
    '--workspace',
    'kasora',
    '--role',
    'editor',
  ]);
}
