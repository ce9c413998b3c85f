// @vitest-environment jsdom
/**
 * The virtualised table's rows are memoised: a narrowed search keeps the people still in
 * view without drawing them again, and each row must still say where it now stands.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Column } from '../../../../renderer/ui/DataTable';
import { VirtualTable } from '../../../../renderer/ui/VirtualTable';

afterEach(cleanup);

// jsdom lays nothing out: the scroller is given a window's height, as a browser would.
const height = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight')!;
const width = Object.getOwnPropertyDescriptor(Element.prototype, 'clientWidth')!;
beforeAll(() => {
  Object.defineProperty(Element.prototype, 'clientHeight', { configurable: true, get: () => 600 });
  Object.defineProperty(Element.prototype, 'clientWidth', { configurable: true, get: () => 1000 });
});
afterAll(() => {
  Object.defineProperty(Element.prototype, 'clientHeight', height);
  Object.defineProperty(Element.prototype, 'clientWidth', width);
});

interface Person {
  id: string;
  name: string;
}
const columns: Column<Person>[] = [{ key: 'name', header: 'Name', cell: (p) => p.name }];
const amina = { id: 'c-1', name: 'Amina Yusuf' };
const amir = { id: 'c-2', name: 'Amir Haddad' };
const ana = { id: 'c-3', name: 'Ana Silva' };

const bodyRows = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => `${row.getAttribute('aria-rowindex')} ${row.textContent}`);

describe('a virtualised table', () => {
  it('keeps each row’s place and words true when the same records come back narrowed or reordered', () => {
    const table = (rows: Person[]) => <VirtualTable caption="Matching clients" columns={columns} rows={rows} rowKey={(p) => p.id} />;
    const { rerender } = render(table([amina, amir, ana]));
    expect(bodyRows()).toEqual(['2 Amina Yusuf', '3 Amir Haddad', '4 Ana Silva']);

    rerender(table([amir, ana]));
    expect(bodyRows()).toEqual(['2 Amir Haddad', '3 Ana Silva']);
    expect(screen.getByRole('table').getAttribute('aria-rowcount')).toBe('3');

    // A record changed under the same id is drawn anew.
    rerender(table([ana, { ...amir, name: 'Amir Haddad-Omar' }]));
    expect(bodyRows()).toEqual(['2 Ana Silva', '3 Amir Haddad-Omar']);
  });
});
