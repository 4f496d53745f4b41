import swc from 'unplugin-swc';

// Vitest's own transform drops decorator metadata, which Nest's dependency injection reads;
// SWC keeps it (without it, injection fails with errors like "reading '0'").
export const swcPlugin = () =>
  swc.vite({
    module: { type: 'es6' },
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
    },
  });
