/**
 * The three states every list shows in the same way: "Loading…" (renderer/ui/Loading)
 * until its records have arrived, never an empty list that is only still loading; its
 * empty message when there is nothing; else the rows, drawn from the loaded records.
 *
 *   <LoadedList data={page} loading={t('log.loading')} isEmpty={(p) => p.total === 0} empty={<EmptyState … />}>
 *     {(page) => <DataTable rows={page.rows} … />}
 *   </LoadedList>
 */
import type { ReactNode } from 'react';
import { Loading } from './Loading';

interface LoadedListProps<T> {
  /** undefined while the records load. */
  data: T | undefined;
  /** What is loading, in the area's words; the app's "Loading…" without. */
  loading?: string;
  isEmpty: (data: T) => boolean;
  /** What to say when there is nothing (an EmptyState, or a line in a panel). */
  empty: ReactNode;
  children: (data: T) => ReactNode;
}

export function LoadedList<T>({ data, loading, isEmpty, empty, children }: LoadedListProps<T>) {
  if (data === undefined) return <Loading {...(loading === undefined ? {} : { label: loading })} />;
  return isEmpty(data) ? empty : children(data);
}
