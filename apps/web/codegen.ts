import type { CodegenConfig } from '@graphql-codegen/cli';

// Types come from the SDL the API emits and commits; operations live beside each feature.
const config: CodegenConfig = {
  schema: '../../packages/graphql-schema/schema.graphql',
  documents: ['src/modules/**/graphql/*.graphql'],
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-operations', 'typed-document-node'],
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
