import react from '@vitejs/plugin-react';
import { defineConfig, type ViteUserConfig } from 'vitest/config';
import { reporters } from './reporters.js';

/** Component tests of a React package: DOM from happy-dom, tests beside the components. */
export function reactTestConfig(suite: string, setupFiles: string[] = []): ViteUserConfig {
  return defineConfig({
    plugins: [react()],
    test: {
      environment: 'happy-dom',
      include: ['src/**/*.test.{ts,tsx}'],
      reporters: reporters(suite),
      setupFiles,
      // antd renders slowly in happy-dom on a busy 2-core machine; a test is slow there, not stuck.
      testTimeout: 30_000,
    },
  });
}
