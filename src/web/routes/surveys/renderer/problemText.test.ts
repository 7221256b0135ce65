import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RUNTIME_ERROR_CODES } from '../../../../core/survey/runtime';

const english = JSON.parse(readFileSync(join(__dirname, '../../../i18n/surveyCollect/en.json'), 'utf8')) as {
  errors: Record<string, string>;
};

describe('runtime error messages', () => {
  it('every code the form runtime reports has a sentence (the parity test carries it to every language)', () => {
    expect(RUNTIME_ERROR_CODES.filter((code) => !english.errors[code])).toEqual([]);
  });
});
