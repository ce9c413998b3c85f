import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/unit/support/signed-in.ts'],
    testTimeout: 20000,
    // Every test starts with the forum's keys held, as the signed-in app does.
    setupFiles: ['tests/unit/support/unlocked.ts'],
  },
});
