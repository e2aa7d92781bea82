import { defineConfig } from 'vitest/config';

// End-to-end specs drive the built extension in a real Chromium: one browser per file, files in sequence.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.spec.ts'],
    fileParallelism: false,
    testTimeout: 60000,
    hookTimeout: 60000,
  },
});
