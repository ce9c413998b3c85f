// @vitest-environment jsdom
/**
 * Importing a services directory again, with the dialog opened and the file chosen before
 * the screen's copy of the settings has arrived: the services are matched against the
 * forum's stored categories, so an unchanged directory plans nothing to update. (Matched
 * against no categories, every service from the first import came out "updated"; the e2e
 * test of importing twice failed that way once on a busy machine.)
 */
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { importHsdsJson, planImport } from '../../../../../shared/services/hsds-import';
import { applyServicesImport, getSettings, services } from '../../../../../renderer/data';
import { ImportDirectoryDialog } from '../../../../../renderer/features/referrals/services/ImportDirectoryDialog';
import type { ImportRequest } from '../../../../../renderer/imports/import-messages';
import { StatusProvider } from '../../../../../renderer/ui/StatusProvider';
import { freshDatabase } from '../../data/fresh-database';
import { giveDialogsModalMethods } from '../../../support/dialog-element';
import { message, renderInLanguage, resetLanguage } from '../../../support/i18n';

const DIRECTORY = [
  { id: 'h1', name: 'Citizens Advice', taxonomy: ['Benefits'] },
  { id: 'h2', name: 'Food bank', taxonomy: ['Food banks'] },
];

// The worker that reads the files is not there in jsdom: the same reading, done in place.
const requests: ImportRequest[] = [];
vi.mock('../../../../../renderer/imports/run-import', async (original) => ({
  ...(await original<object>()),
  readFiles: async () => [],
  runImport: (request: ImportRequest) => {
    requests.push(request);
    const categories = request.kind === 'hsds' ? request.categories : [];
    return { result: Promise.resolve({ type: 'hsds', result: importHsdsJson(DIRECTORY, { categories }), encodings: [] }), cancel: () => undefined };
  },
}));

beforeAll(giveDialogsModalMethods);

beforeEach(async () => {
  freshDatabase();
  const { issueCategories } = await getSettings();
  const first = importHsdsJson(DIRECTORY, { categories: issueCategories });
  await applyServicesImport(planImport(first, await services.list()), 'json');
  requests.length = 0;
});

afterEach(async () => {
  cleanup();
  await resetLanguage();
});

describe('importing a services directory again', () => {
  it('matches it against the stored categories, even when the file is chosen at once, and finds nothing to update', async () => {
    const stored = await services.list();
    expect(stored.every((service) => service.categories.length > 0)).toBe(true);
    await renderInLanguage(
      <MemoryRouter>
        <StatusProvider>
          <ImportDirectoryDialog onClose={() => undefined} />
        </StatusProvider>
      </MemoryRouter>,
    );
    const input = screen.getByLabelText(message('referrals:import.files'));
    fireEvent.change(input, { target: { files: [new File(['[]'], 'directory.json', { type: 'application/json' })] } });
    const summary = await screen.findByRole('region', { name: message('referrals:import.summary') });
    expect(summary.textContent).toBe('0 new, 0 updated, 2 unchanged, 0 skipped.');
    expect(requests.map((r) => (r.kind === 'hsds' ? r.categories : undefined))).toEqual([(await getSettings()).issueCategories]);
  });
});
