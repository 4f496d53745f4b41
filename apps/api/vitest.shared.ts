import { createRequire } from 'node:module';
import swc from 'unplugin-swc';
import type { ViteUserConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// Vitest's own transform drops decorator metadata, which Nest's dependency injection reads;
// SWC keeps it (without it, injection fails with errors like "reading '0'").
const swcPlugin = () =>
  swc.vite({
    module: { type: 'es6' },
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
    },
  });

/**
 * Shared by the unit and e2e configurations. graphql ships CommonJS and ES module builds; Node loads
 * the CommonJS one for Nest and Apollo, so the tests must too, or schema objects from the two copies
 * refuse each other ("from another module or realm").
 */
export const sharedConfig: ViteUserConfig = {
  plugins: [swcPlugin()],
  oxc: false,
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
};
