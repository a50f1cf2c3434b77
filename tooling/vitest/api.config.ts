import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';
import { reporters } from './reporters.js';

/**
 * Tests of the API run its TypeScript source through swc: type-graphql and MikroORM read
 * decorator metadata, which esbuild (Vitest's default transform) does not emit.
 */
export const apiTestConfig = defineConfig({
  plugins: [
    swc.vite({
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
      },
    }),
  ],
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    reporters: reporters('api'),
    setupFiles: ['reflect-metadata', './test/data-keys.setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
