import { defineConfig } from 'vitest/config';
import { sharedConfig } from './vitest.shared.js';

// Unit and integration tiers; end-to-end suites run through vitest.e2e.config.ts.
export default defineConfig({
  ...sharedConfig,
  test: {
    include: ['src/**/*.unit.spec.ts', 'src/**/*.int.spec.ts', 'test/**/*.unit.spec.ts'],
    testTimeout: 60_000,
  },
});
