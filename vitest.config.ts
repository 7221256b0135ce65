import { defineConfig } from 'vitest/config';

const postgresUrl = process.env.TEST_DATABASE_URL;
const common = { testTimeout: 60_000, hookTimeout: 120_000, pool: 'forks' as const };

// Every test runs on embedded PGlite; with TEST_DATABASE_URL set, the database-facing tests run
// a second time on that PostgreSQL server.
export default defineConfig({
  test: {
    projects: [
      { test: { ...common, name: 'pglite', include: ['src/**/*.test.ts'], env: { TEST_DATABASE_URL: '' } } },
      ...(postgresUrl
        ? [
            {
              test: {
                ...common,
                name: 'postgresql',
                include: ['src/server/**/*.test.ts', 'src/cli/backup-postgres.test.ts'],
                exclude: [
                  'src/server/durability.test.ts',
                  'src/server/db/dump-format.test.ts',
                  'src/server/db/migration-lean-values.test.ts',
                ],
                env: { TEST_DATABASE_URL: postgresUrl },
              },
            },
          ]
        : []),
    ],
  },
});
