import { describe, expect, it } from 'vitest';
import { SLUG_PATTERN, slugFromName } from './workspace-input.ts';

describe('workspace slugs', () => {
  it.each([
    ["Ministère de l'Intérieur", 'ministere-de-l-interieur'],
    ['  National SSR Programme 2027 ', 'national-ssr-programme-2027'],
    ['برنامج', ''],
  ])('%s → %s', (name, slug) => {
    expect(slugFromName(name)).toBe(slug);
  });
  it.each([
    ['demo', true],
    ['a', false],
    ['-demo', false],
    ['demo-', false],
    ['Demo', false],
    ['kasora-2027', true],
  ])('%s valid: %s', (slug, valid) => {
    expect(SLUG_PATTERN.test(slug)).toBe(valid);
  });
});
