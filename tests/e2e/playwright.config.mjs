import { defineConfig } from '@playwright/test';

const port = 4173;

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.mjs/,
  // A test takes seconds; the ceiling leaves room for a loaded two-core CI machine.
  timeout: 45_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: [['list']],
  outputDir: '../../test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    locale: 'nl-NL',
    trace: 'retain-on-failure',
    launchOptions: {
      // Debian's Chromium: Playwright cannot download its own browser here.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  // dist/ served by Debian's nginx with the deployment configuration (deploy/nginx.conf).
  webServer: {
    command: `bash ../../scripts/serve-nginx.sh ../../dist ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
  },
});
