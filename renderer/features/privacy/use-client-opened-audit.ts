/**
 * Logs each opening of a client's record (once per visit to their page, once it has
 * loaded), with the client's id and the signed-in user: who looked at whom is part of a
 * person's subject access export.
 */
import { useEffect } from 'react';
import { recordClientOpened } from '../../data';

export function useClientOpenedAudit(clientId: string, loaded: boolean): void {
  useEffect(() => {
    if (loaded) void recordClientOpened(clientId);
  }, [clientId, loaded]);
}
