import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts'],
    setupFiles: ['tests/unit/setup-messages.ts'],
    // jsdom is slow to parse whole corpus pages; keep workers at the machine's two cores.
    pool: 'forks',
    maxWorkers: 2,
    // A hang guard, not a speed budget (speed: npm run bench). At load 17 on two cores jsdom took 13.5 s to
    // parse the hostile corpus page (2,000 nested divs) and one test of it 21.5 s: 20 s failed tests at random.
    testTimeout: 120_000,
  },
});
