import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { haveSharedData, sharedDataPath } from '../../testing/shared-data';
import { IatiFileError } from './reader';
import { readAllFromFile } from './testing/read-all';

const root = sharedDataPath('iati/schema-tests');

function xmlFiles(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? xmlFiles(path) : path.endsWith('.xml') ? [path] : [];
    })
    .sort();
}

/** Warnings about code values, which the schema does not check (its tests use codes such as "X"). */
const CODE_LIST_WARNINGS = new Set(['unknownTransactionType']);

describe.runIf(haveSharedData(root))('IATI schema tests', () => {
  describe('should-pass: read without error or schema warning', () => {
    for (const file of xmlFiles(join(root, 'should-pass')))
      it(relative(root, file), async () => {
        const { activities, warnings } = await readAllFromFile(file);
        expect(activities.length).toBeGreaterThan(0);
        expect(warnings.filter((w) => !CODE_LIST_WARNINGS.has(w.key))).toEqual([]);
      });
  });

  describe('should-fail: refused with a reason, or read with a warning naming the problem', () => {
    for (const file of xmlFiles(join(root, 'should-fail')))
      it(relative(root, file), async () => {
        try {
          const { warnings } = await readAllFromFile(file);
          expect(warnings.length).toBeGreaterThan(0);
          for (const warning of warnings) {
            expect(warning.line).toBeGreaterThan(0);
            expect(warning.key).toMatch(/^[a-zA-Z]+$/);
          }
        } catch (error) {
          expect(error).toBeInstanceOf(IatiFileError);
          expect((error as IatiFileError).message).toMatch(/^Line \d+(, column \d+)?: /);
        }
      });
  });

  it('names what is wrong, with the line', async () => {
    const { warnings } = await readAllFromFile(join(root, 'should-fail/20-two-reporting-orgs.xml'));
    expect(warnings).toEqual([
      { line: 9, key: 'tooMany', params: { element: 'reporting-org', parent: 'iati-activity' } },
    ]);
    const missing = await readAllFromFile(
      join(root, 'should-fail/budget/06-missing-attribute-value-date.xml'),
    );
    expect(missing.warnings).toEqual([
      { line: 22, key: 'missingAttribute', params: { element: 'value', attribute: 'value-date' } },
    ]);
  });
});
