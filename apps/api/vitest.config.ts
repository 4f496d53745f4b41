import { defineConfig } from 'vitest/config';
import { swcPlugin } from './vitest.shared.js';

// Unit and integration tiers; end-to-end suites run through vitest.e2e.config.ts.
export default defineConfig({
  plugins: [swcPlugin()],
  oxc: false,
  test: {
    include: ['src/**/*.unit.spec.ts', 'src/**/*.int.spec.ts', 'test/**/*.unit.spec.ts'],
    testTimeout: 30_000,
  },
});
