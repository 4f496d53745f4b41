import { defineConfig } from 'vitest/config';

// Real Chromium against the built API serving a web build of the run's own (globalSetup builds it into
// .browser-dist/, so concurrent builds of dist/ cannot change it mid-test); files run one at a time
// because each starts its own API process and browser.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/browser/**/*.browser.spec.ts'],
    globalSetup: ['test/browser/support/build-web.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 180_000,
  },
});
