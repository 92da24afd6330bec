import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The branded tenant scope types of server/db/scope.ts, as an esquery name pattern. */
const SCOPE_TYPES = '/^(PartnerScope|AggregatorScope|TheatrePartnerScope|CustomerScope|SellerScope|BookingReaderScope|AllTenants)$/';

export default tseslint.config(
  { ignores: ['node_modules/', '.data/', '.tap/', '.scratch/', 'coverage/', 'dist/', 'sdk/dist/', 'sdk/src/generated/schema.ts'] },
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
  // One direction between server/ and webhooks/: the pipeline may run apart from the API, and it
  // reads the database layer and the outbox port (record events, wake the relay), nothing else.
  // The API reaches the pipeline only through that port; the composition root (the entry points,
  // the app factory, the configuration and the plugin that runs the pipeline in process) is the one
  // place that starts it and hands its settings and endpoint rules in.
  {
    files: ['webhooks/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./server/(?!db/|domain/outbox\\.ts$)',
              message: 'webhooks/ imports only server/db and the outbox port, server/domain/outbox.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+webhooks/',
              message: 'server/ reaches the webhook pipeline only through the outbox port (server/domain/outbox.ts); the composition root starts it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/main.ts', 'server/app.ts', 'server/config.ts', 'server/cli/worker.ts', 'server/cli/reseal-webhook-secrets.ts', 'server/plugins/webhooks.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+webhooks/(?!(pipeline|logger|secrets|secrets-key-file|secrets-key-ring|reseal-secrets|retry-schedule|endpoint-rules)\\.ts$)',
              message: 'The composition root uses the pipeline\'s public modules only: pipeline, logger, secrets, secrets-key-file, secrets-key-ring, reseal-secrets, retry-schedule, endpoint-rules.',
            },
          ],
        },
      ],
    },
  },
  // Tenant scopes are minted in one place, from the authenticated principal
  // (server/domain/principal.ts), and the one job scope is declared beside the types
  // (server/db/scope.ts): anywhere else, a type assertion to a scope would forge one from any id.
  {
    files: ['**/*.ts'],
    ignores: ['server/domain/principal.ts', 'server/db/scope.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...['TSAsExpression', 'TSTypeAssertion', 'TSSatisfiesExpression'].flatMap((node) => [
          `${node} > TSTypeReference.typeAnnotation > Identifier.typeName[name=${SCOPE_TYPES}]`,
          `${node} > TSTypeReference.typeAnnotation > TSQualifiedName.typeName > Identifier.right[name=${SCOPE_TYPES}]`,
        ]).map((selector) => ({
          selector,
          message: 'Only server/domain/principal.ts mints tenant scopes (from the authenticated principal); take one as an argument instead.',
        })),
      ],
    },
  },
  {
    // tap runs top-level `t.test(...)` calls itself; awaiting them is not required.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-floating-promises': 'off' },
  },
);
