import { describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';

describe('readConfig', () => {
  it('reads the settings from the environment, with defaults', () => {
    const defaults = readConfig({});
    expect(defaults).toMatchObject({ port: 8080, demo: true, databaseUrl: null, signInPerMinute: 10 });
    const set = readConfig({ PORT: '9000', CUSTODES_DEMO: '0', CUSTODES_SIGN_IN_PER_MINUTE: '50' });
    expect(set).toMatchObject({ port: 9000, demo: false, signInPerMinute: 50 });
  });

  it('trusts development origins only when asked to', () => {
    expect(readConfig({}).development).toBe(false);
    expect(readConfig({ NODE_ENV: 'production' }).development).toBe(false);
    expect(readConfig({ NODE_ENV: 'development' }).development).toBe(true);
    expect(readConfig({ CUSTODES_DEV: '1' }).development).toBe(true);
  });

  it('refuses a sign-in limit that is not a whole number of at least 1, naming the variable', () => {
    expect(() => readConfig({ CUSTODES_SIGN_IN_PER_MINUTE: '0' })).toThrow(/CUSTODES_SIGN_IN_PER_MINUTE/);
    expect(() => readConfig({ CUSTODES_SIGN_IN_PER_MINUTE: 'lots' })).toThrow(/"lots"/);
  });
});
