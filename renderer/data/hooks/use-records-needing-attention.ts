/**
 * Settings → Records that need attention. Finding them reads, opens and checks every
 * record of every table (450,000 on a large forum), so it is not a live query, which would
 * do all of that again after every write anywhere while Settings is open: it runs when
 * the panel opens and again when the volunteer asks (after correcting a record). A record
 * corrected in its own form is seen the next time Settings opens.
 */
import { useCallback, useEffect, useState } from 'react';
import { findRecordsNeedingAttention, type RecordNeedingAttention } from '../records-needing-attention';

export function useRecordsNeedingAttention(): { records: RecordNeedingAttention[] | undefined; recheck: () => void } {
  const [records, setRecords] = useState<RecordNeedingAttention[]>();
  const [failure, setFailure] = useState<unknown>();
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    findRecordsNeedingAttention().then(
      (found) => current && setRecords(found),
      (error: unknown) => current && setFailure(error),
    );
    return () => {
      current = false;
    };
  }, [round]);
  // As a live query's would: the screen's error boundary says it in the app's words.
  if (failure !== undefined) throw failure;
  const recheck = useCallback(() => setRound((n) => n + 1), []);
  return { records, recheck };
}
