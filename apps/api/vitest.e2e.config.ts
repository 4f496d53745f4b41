import { defineConfig } from 'vitest/config';
import { swcPlugin } from './vitest.shared.js';

// End-to-end suites boot the real application over HTTP; files run one at a time to keep the
// embedded databases and ports of concurrent apps from crowding a small machine.
export default defineConfig({
  plugins: [swcPlugin()],
  oxc: false,
  test: {
    include: ['test/**/*.e2e.spec.ts', 'src/**/*.e2e.spec.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
