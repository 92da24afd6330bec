import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', '.data/', '.tap/', '.scratch/', 'coverage/', 'sdk/dist/', 'sdk/src/generated/schema.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: { allowDefaultProject: ['eslint.config.js', 'sdk/scripts/build.mjs'] }, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read the environment once, in server/config.ts.' },
      ],
    },
  },
  {
    // Entry points and test/bench harnesses may read the environment; the server below them may not.
    files: ['server/config.ts', 'server/main.ts', 'server/db/migrate-cli.ts', 'server/cli/**', 'sdk/src/cli/**', 'sdk/examples/**', 'test/**', 'drizzle.config.ts'],
    rules: { 'no-restricted-properties': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The delivery pipeline may run apart from the API: it reads only the database and the outbox.
    files: ['webhooks/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./server/(?!db/|domain/events\\.ts$)',
              message: 'webhooks/ imports only server/db and server/domain/events.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // tap runs top-level `t.test(...)` calls itself; awaiting them is not required.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-floating-promises': 'off' },
  },
);
