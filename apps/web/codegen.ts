import { createRequire } from 'node:module';
import type { CodegenConfig } from '@graphql-codegen/cli';

// Types come from the SDL the API emits and commits; operations live beside each feature.
const schema = createRequire(import.meta.url).resolve('@duban/graphql-schema/schema.graphql');

const config: CodegenConfig = {
  schema,
  documents: ['src/modules/**/graphql/*.graphql'],
  generates: {
    'src/generated/graphql.ts': {
      // typescript-operations 6 emits the enums and inputs the operations use, so the full `typescript` plugin is not needed.
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false },
        scalars: { DateTime: 'string', ID: 'string' },
      },
    },
  },
};

export default config;
