// Shared lint rules for every workspace: typed imports and no relative imports across packages.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/.turbo/**',
      '**/coverage/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
      '**/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports', disallowTypeAnnotations: false },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '../../packages/*',
                '../../../packages/*',
                '../../../../packages/*',
                '**/packages/*/src/*',
              ],
              message: 'Import workspace packages by name (@duban/...), not by relative path.',
            },
            {
              group: ['../../apps/*', '../../../apps/*', '**/apps/*/src/*'],
              message: 'Apps are not imported across packages.',
            },
          ],
        },
      ],
    },
  },
  {
    // NestJS injects constructor parameters by their runtime class, so type-only imports would break DI there.
    files: ['apps/api/src/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
);
