/**
 * After a sign-in, start where this person may be: the shell mounts afresh on every
 * sign-in (the gate unmounts it on lock), so when the address left by whoever was signed
 * in before is an area this role may not open, go to the role's first area instead of
 * greeting them with "not available". Addresses followed later still get that screen.
 */
import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { can } from '../../shared/security/roles';
import { currentUser } from '../security/session';
import { areaOf, AREAS } from './areas';

export function useStartInOwnArea(): void {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  useEffect(() => {
    const role = currentUser()?.role;
    const area = areaOf(pathname);
    // An address of no area is left to the page-not-found screen.
    if (!area || can(role, area.permission)) return;
    const first = AREAS.find((candidate) => can(role, candidate.permission));
    if (first) void navigate(first.path, { replace: true });
    // Once per sign-in: the shell's mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
