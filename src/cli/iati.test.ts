import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { haveSharedData, sharedDataPath } from '../testing/shared-data.ts';
import { runCli } from './run-cli.ts';

const sample = (name: string) => sharedDataPath(`iati/${name}`);
const scratch = mkdtempSync(join(tmpdir(), 'custodes-iati-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.runIf(haveSharedData(sample('datastore_same_orgs_different_roles.xml')))(
  'custodes iati summarize',
  () => {
    it('prints exactly the summary line for a v2 file', async () => {
      const result = await runCli(
        ['iati', 'summarize', sample('activity-standard-example-annotated.xml'), '--json'],
        {},
      );
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout).toBe(
        '{"version":"2.01","activities":1,"activitiesBySector":{"111":1,"112":1},"transactionTotals":{"commitment":{},"disbursement":{},"expenditure":{},"incoming-funds":{"EUR":1000}}}\n',
      );
    });

    it('summarises a legacy 1.00 file with its default currency', async () => {
      const result = await runCli(
        ['iati', 'summarize', sample('datastore_same_orgs_different_roles.xml'), '--json'],
        {},
      );
      expect(result.code).toBe(0);
      const summary = JSON.parse(result.stdout);
      expect(summary).toMatchObject({
        version: '1.00',
        activities: 54,
        transactionTotals: {
          commitment: {},
          disbursement: { USD: 75085947 },
          expenditure: {},
          'incoming-funds': {},
        },
      });
      expect(summary.activitiesBySector['15220']).toBe(8);
      expect(Object.keys(summary)).toEqual([
        'version',
        'activities',
        'activitiesBySector',
        'transactionTotals',
      ]);
    });

    it('prints a short human summary without --json', async () => {
      const result = await runCli(
        ['iati', 'summarize', sample('datastore_same_orgs_different_roles.xml')],
        {},
      );
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('IATI version 1.00: 54 activities');
      expect(result.stdout).toMatch(/disbursement\s+USD 75,085,947/);
    });

    it('is also registered in the full command line', async () => {
      const result = await runCli(['iati', '--help'], {});
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('summarize');
    });

    it('exits 1 naming the line of a malformed file, and a missing file', async () => {
      const truncated = join(scratch, 'truncated.xml');
      writeFileSync(
        truncated,
        '<iati-activities version="2.03">\n<iati-activity>\n<iati-identifier>A</iati-identifier>\n',
      );
      const bad = await runCli(['iati', 'summarize', truncated, '--json'], {});
      expect(bad.code).toBe(1);
      expect(bad.stdout).toBe('');
      expect(bad.stderr).toMatch(
        /truncated\.xml: Line 4, column \d+: the file ends before <iati-activity> is closed/,
      );
      const missing = await runCli(['iati', 'summarize', join(scratch, 'nowhere.xml'), '--json'], {});
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain('nowhere.xml');
    });
  },
);
