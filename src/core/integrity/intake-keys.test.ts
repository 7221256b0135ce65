import { describe, expect, it } from 'vitest';
import { ciphertextProblem, decodedLength } from './ciphertext-check.ts';
import { checkReportKeys } from './intake-keys.ts';

const recipients = [
  { id: 'h1', role: 'handler' as const },
  { id: 'c1', role: 'custodian' as const },
];
const key = (recipientId: string, kind: 'report' | 'notes' | 'identity') => ({
  recipientId,
  kind,
  sealed: 'x',
});

describe('checkReportKeys', () => {
  it('accepts exactly the entitled keys, in any order', () => {
    expect(() =>
      checkReportKeys(
        { identityMode: 'anonymous', keys: [key('h1', 'notes'), key('h1', 'report')] },
        recipients,
      ),
    ).not.toThrow();
    expect(() =>
      checkReportKeys(
        {
          identityMode: 'confidential',
          keys: [key('h1', 'report'), key('h1', 'notes'), key('c1', 'identity')],
        },
        recipients,
      ),
    ).not.toThrow();
  });

  it.each([
    [
      'a missing key',
      'confidential',
      [key('h1', 'report'), key('h1', 'notes')],
      /identity key for recipient c1 is missing/,
    ],
    [
      'an unknown recipient',
      'anonymous',
      [key('h1', 'report'), key('h1', 'notes'), key('gone', 'report')],
      /recipient gone/,
    ],
    [
      'a kind not allowed',
      'anonymous',
      [key('h1', 'report'), key('h1', 'notes'), key('h1', 'identity')],
      /not to hold a identity/,
    ],
    ['a duplicate', 'anonymous', [key('h1', 'report'), key('h1', 'report'), key('h1', 'notes')], /twice/],
  ] as const)('refuses %s, asking to reload', (_label, identityMode, keys, message) => {
    expect(() => checkReportKeys({ identityMode, keys: [...keys] }, recipients)).toThrow(message);
    expect(() => checkReportKeys({ identityMode, keys: [...keys] }, recipients)).toThrow(
      /^keys: .*reload the channel and encrypt again$/,
    );
  });
});

describe('ciphertextProblem', () => {
  const random = (n: number) => btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(n))));
  it('accepts random bytes, refuses text, short values and non-base64', () => {
    expect(ciphertextProblem(random(64))).toBeNull();
    expect(ciphertextProblem(btoa('{"description":"this is plain text, not encrypted at all"}'))).toMatch(
      /must be encrypted in the browser/,
    );
    expect(ciphertextProblem(random(20))).toMatch(/at least 40 bytes/);
    expect(ciphertextProblem('not base64 at all!')).toBe('must be base64');
    expect(ciphertextProblem(random(64).slice(0, -1))).toBe('must be base64');
  });

  it('decodedLength reads padded base64 only', () => {
    expect(decodedLength(btoa('abcd'))).toBe(4);
    expect(decodedLength(btoa('abcde'))).toBe(5);
    expect(decodedLength('abc')).toBe(-1);
  });
});
