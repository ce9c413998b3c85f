import { describe, expect, it } from 'vitest';
import { failedE2eTests, failedUnitTests } from '../../failed-tests.mjs';

// Shapes as vitest and Playwright write them (trimmed from real reports of a failing test).
const vitestReport = {
  testResults: [
    {
      name: '/repo/tests/unit/a.test.ts',
      status: 'failed',
      assertionResults: [
        { status: 'passed', fullName: 'outer passes', failureMessages: [] },
        {
          status: 'failed',
          fullName: 'outer fails here',
          failureMessages: ['AssertionError: expected 1 to be 2\n    at a.test.ts:2:62\n    at runner.js:1\n    at more.js:1'],
        },
      ],
    },
    { name: '/repo/tests/unit/broken.test.ts', status: 'failed', message: 'Failed to load url ./missing', assertionResults: [] },
    { name: '/repo/tests/unit/fine.test.ts', status: 'passed', assertionResults: [{ status: 'passed', fullName: 'ok' }] },
  ],
};

const playwrightReport = {
  suites: [
    {
      title: 'booking.spec.ts',
      file: 'booking.spec.ts',
      specs: [],
      suites: [
        {
          title: 'booking',
          file: 'booking.spec.ts',
          specs: [
            {
              title: 'books a slot',
              file: 'booking.spec.ts',
              line: 12,
              tests: [
                {
                  status: 'unexpected',
                  results: [{ status: 'failed', error: { message: 'Error: \u001b[2mexpect\u001b[22m(locator).toBeVisible()\n\nLocator: getByRole(...)' } }],
                },
              ],
            },
            { title: 'cancels', file: 'booking.spec.ts', line: 30, tests: [{ status: 'expected', results: [{ status: 'passed' }] }] },
          ],
        },
      ],
    },
  ],
  errors: [{ message: 'Error: Timed out waiting 60000ms from config.webServer.' }],
};

describe('the summary’s list of failed tests', () => {
  it('names each failed unit test by file and name, with the first lines of its error', () => {
    expect(failedUnitTests(vitestReport, '/repo')).toEqual([
      '     ✘ tests/unit/a.test.ts › outer fails here',
      '       AssertionError: expected 1 to be 2',
      '       at a.test.ts:2:62',
      '       at runner.js:1',
      '     ✘ tests/unit/broken.test.ts',
      '       Failed to load url ./missing',
    ]);
  });

  it('names each unexpected e2e outcome by spec, line and titles, without terminal colours', () => {
    expect(failedE2eTests(playwrightReport)).toEqual([
      '     ✘ booking.spec.ts:12 › booking › books a slot',
      '       Error: expect(locator).toBeVisible()',
      '       Locator: getByRole(...)',
      '     ✘ outside any test',
      '       Error: Timed out waiting 60000ms from config.webServer.',
    ]);
  });

  it('names nothing when everything passed', () => {
    expect(failedUnitTests({ testResults: [vitestReport.testResults[2]] }, '/repo')).toEqual([]);
    expect(failedE2eTests({ suites: [], errors: [] })).toEqual([]);
  });
});
