import { defineConfig } from '@playwright/test';

const PORT = 8181;

// Debian's Chromium, never a downloaded browser (see DESIGN.md, "Browser tests").
export default defineConfig({
  testDir: 'e2e',
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    headless: true,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    // A fresh embedded database with the demo, and the web client built if stale. Every test signs in
    // from the same address, more than the default 10 sign-ins a minute allow.
    command: `rm -rf .e2e-data && CUSTODES_DATA_DIR=.e2e-data CUSTODES_DEMO=1 CUSTODES_SIGN_IN_PER_MINUTE=300 node bin/custodes.js serve --build-web --port ${PORT}`,
    url: `http://localhost:${PORT}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'pipe',
  },
});
