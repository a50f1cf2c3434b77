// One flat config for the repository; each package picks the preset of its place in
// ARCHITECTURE.md, and the import rules below are the dependency arrows, enforced.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const base = tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/src/generated/**', '**/orm/migrations/**', '**/*.config.*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: globals.node } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
);

const restrict = (message, group) => ({ rules: { 'no-restricted-imports': ['error', { patterns: [{ group, message }] }] } });

/** packages/domain: the programme's rules, importing no framework and nothing of the repo. */
export const domain = [
  ...base,
  restrict('domain is pure: no framework, no I/O, no app imports (ARCHITECTURE.md)', [
    '@mikro-orm/*', 'type-graphql', 'graphql', 'graphql-*', 'react', 'react-*', '@apollo/*', 'fastify', '@fastify/*', '@yingcai/*', 'node:*',
  ]),
];

/** apps/api: only orm/ knows a database driver; features use @mikro-orm/core. */
export const api = [
  ...base,
  {
    files: ['src/modules/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['@mikro-orm/better-sqlite', '@mikro-orm/postgresql', '@mikro-orm/knex'], message: 'features use @mikro-orm/core only; drivers are chosen in src/orm (STYLE.md)' },
          // `../<feature>/<file>.js` from inside another feature: only `../<feature>/index.js` is its public face.
          { regex: '^\\.\\./[a-z-]+/(?!index\\.js$).+$', message: 'a feature imports another only through its index.ts (ARCHITECTURE.md): export it there' },
        ],
      }],
    },
  },
  // Issue 11: a year names a cycle only in one province; the one lookup by year (cycles' loadCycle) says so when it does not.
  {
    files: ['src/modules/**/*.ts'],
    ignores: ['src/modules/cycles/cycle.service.ts', '**/*.test.ts'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: "CallExpression[callee.property.name=/^(find|findOne|findOneOrFail|count|findAndCount)$/][arguments.0.name='Cycle'] > ObjectExpression:nth-child(2):not(:has(Property[key.name='province'])) > Property[key.name='year']",
        message: 'a year alone does not name a cycle: look it up by id, by province and year, or with loadCycle (cycles/index.ts)',
      }],
    },
  },
  // Tests reach into any feature to arrange their data.
  { files: ['src/modules/**/*.test.ts'], rules: { 'no-restricted-imports': 'off' } },
  { files: ['src/**/*.ts'], ignores: ['src/env.ts', 'src/orm/migration-create.ts', 'src/create-admin.ts', '**/*.test.ts'], rules: { 'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'read settings through env.ts' }] } },
];

/** web, admin, ui: React, and the API only through GraphQL and @yingcai/schema's documents. */
export const client = [
  ...base,
  reactHooks.configs.flat['recommended-latest'] ?? reactHooks.configs['recommended-latest'],
  restrict('clients talk to the API over GraphQL with the typed documents of @yingcai/schema', [
    '@yingcai/api', '@yingcai/api/*', '**/apps/api/**', '@mikro-orm/*', 'type-graphql',
  ]),
];

/** Packages without a special place: schema, tooling. */
export default base;
