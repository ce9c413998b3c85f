import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentUser, onSignedInUserChange, setSignedInUser } from '../../../../renderer/security/session';
import { isRole } from '../../../../shared/security/roles';

afterEach(() => setSignedInUser(null));

describe('the signed-in user', () => {
  it('is nobody until someone signs in, and nobody again after lock', () => {
    setSignedInUser(null); // the unit tests' own setup signs an administrator in
    const heard = vi.fn();
    const stop = onSignedInUserChange(heard);
    expect(currentUser()).toBeNull();
    setSignedInUser({ userId: 'u1', name: 'Amina', role: 'frontDesk' });
    expect(currentUser()?.role).toBe('frontDesk');
    setSignedInUser(null);
    expect(currentUser()).toBeNull();
    expect(heard).toHaveBeenCalledTimes(2);
    stop();
  });

  it('has one of the five roles', () => {
    expect(isRole('adviser')).toBe(true);
    expect(isRole('owner')).toBe(false);
  });
});
