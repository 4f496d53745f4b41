import { defineConfig } from 'vitest/config';
import { sharedConfig } from './vitest.shared.js';

// End-to-end suites boot the real application over HTTP; files run one at a time so the embedded
// databases of several apps do not crowd a small machine.
export default defineConfig({
  ...sharedConfig,
  test: {
    include: ['test/**/*.e2e.spec.ts', 'src/**/*.e2e.spec.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
