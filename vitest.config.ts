import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { PATIENT_WAIT_MS } from './tests/unit/support/patient-wait-ms';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20000,
    // A busy CI machine overran the 1 s default of expect.poll (tests/unit/support/patient-waits.ts).
    expect: { poll: { timeout: PATIENT_WAIT_MS } },
    // Every test starts as the signed-in app does: an administrator signed in, the forum's keys held.
    setupFiles: ['tests/unit/support/signed-in.ts', 'tests/unit/support/unlocked.ts', 'tests/unit/support/patient-waits.ts'],
  },
});
