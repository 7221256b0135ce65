import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The intake page's own sources (tests aside) and its HTML. */
const sources = [
  ...readdirSync(__dirname)
    .filter((file) => /\.(tsx?|css)$/.test(file) && !file.includes('.test.'))
    .map((file) => join(__dirname, file)),
  join(__dirname, '..', 'report.html'),
].map((path) => ({ path, text: readFileSync(path, 'utf8') }));

describe('the intake page leaves nothing behind and calls no one else', () => {
  it.each(sources.map(({ path, text }) => [path.split('/').slice(-2).join('/'), text]))(
    '%s uses no browser storage and no outside address',
    (_name, text) => {
      expect(text).not.toMatch(/localStorage|sessionStorage|indexedDB|document\.cookie|caches\./);
      expect(text).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
      expect(text).not.toMatch(/<style|@import\s+url/);
    },
  );

  it('sends without cookies or referrer', () => {
    const api = sources.find(({ path }) => path.endsWith('api.ts'))?.text ?? '';
    expect(api).toContain("credentials: 'omit'");
    expect(api).toContain("referrerPolicy: 'no-referrer'");
  });
});
