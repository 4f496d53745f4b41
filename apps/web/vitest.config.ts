import { defineConfig } from 'vitest/config';

// Pure modules only (access rules, translation, error mapping): no DOM, no browser.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.unit.spec.ts'],
  },
});
