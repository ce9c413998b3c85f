import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20000,
    // Every test starts as the signed-in app does: an administrator signed in, the forum's keys held.
    setupFiles: ['tests/unit/support/signed-in.ts', 'tests/unit/support/unlocked.ts'],
  },
});
