import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts'],
    // jsdom is slow to parse whole corpus pages; keep workers at the machine's two cores.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 20000,
  },
});
