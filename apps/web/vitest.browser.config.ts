import { defineConfig } from 'vitest/config';

// Real Chromium against the built API serving the built web app; files run one at a time because
// each starts its own API process and browser.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/browser/**/*.browser.spec.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 180_000,
  },
});
