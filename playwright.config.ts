import { defineConfig } from '@playwright/test';
import { chromiumExecutable, chromiumArgs, previewPort } from './tests/e2e/support/browser';

// E2E tests run against the built renderer served by `vite preview`, in Debian's Chromium
// here (Electron's binary cannot be downloaded on this machine) or in Playwright's own
// browser where one is installed: SIGNPOST_CHROMIUM chooses.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: '.tmp/test-results',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  // CI is a busy 2-core machine: a test that sets up two clinics and three people through
  // the screens took 27 s there with unit tests running beside it, so 30 s timed out.
  // Tests wait for what a person would see, never for a fixed time, so a longer limit
  // costs nothing when all is well.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // tests/run-all.mjs asks for a JSON report too, to sum the whole run into one line.
  reporter: [
    [process.env.CI ? 'line' : 'list'],
    ...(process.env.SIGNPOST_E2E_JSON ? [['json', { outputFile: process.env.SIGNPOST_E2E_JSON }] as const] : []),
  ],
  use: {
    // A click or fill whose target never comes fails within this, with the call log, rather
    // than holding its worker until the test's own (longer) limit.
    actionTimeout: 45_000,
    baseURL: `http://127.0.0.1:${previewPort}`,
    viewport: { width: 1366, height: 768 },
    launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `node_modules/.bin/vite preview --host 127.0.0.1 --port ${previewPort} --strictPort`,
    url: `http://127.0.0.1:${previewPort}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
