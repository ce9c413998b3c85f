// @vitest-environment jsdom
/** LoadedList: loading, empty and loaded, the same in every list. */
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EmptyState } from '../../../../renderer/ui/EmptyState';
import { LoadedList } from '../../../../renderer/ui/LoadedList';
import { message, renderInLanguage, resetLanguage } from '../../support/i18n';

afterEach(async () => {
  cleanup();
  await resetLanguage();
});

const list = (data: string[] | undefined, loading?: string) => (
  <LoadedList data={data} {...(loading ? { loading } : {})} isEmpty={(names) => names.length === 0} empty={<EmptyState title="No volunteers yet" />}>
    {(names) => (
      <ul aria-label="Volunteers">
        {names.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
    )}
  </LoadedList>
);

describe('a list’s states', () => {
  it('says it is loading, in the area’s words or the app’s, and shows neither rows nor the empty message', async () => {
    await renderInLanguage(list(undefined, 'Loading volunteers…'));
    expect(screen.getByRole('status').textContent).toBe('Loading volunteers…');
    expect(screen.queryByText('No volunteers yet')).toBeNull();
    cleanup();
    await renderInLanguage(list(undefined), 'uk');
    expect(screen.getByRole('status').textContent).toBe(message('common:app.loading', undefined, 'uk'));
  });

  it('gives the empty message once loaded with nothing', async () => {
    await renderInLanguage(list([]));
    expect(screen.getByText('No volunteers yet')).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('draws the rows from the loaded records', async () => {
    await renderInLanguage(list(['Marta', 'Yusuf']));
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Marta', 'Yusuf']);
    expect(screen.queryByRole('status')).toBeNull();
  });
});
