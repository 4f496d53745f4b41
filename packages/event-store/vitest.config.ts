import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Starting an embedded database takes seconds on a busy machine; the default 5 s is too tight.
  test: { include: ['src/**/*.spec.ts'], testTimeout: 30_000, hookTimeout: 30_000 },
});
