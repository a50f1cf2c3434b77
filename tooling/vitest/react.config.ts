import { defineConfig } from 'vitest/config';

/** Component tests of a React package: DOM from happy-dom, tests beside the components. */
export const reactTestConfig = defineConfig({
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
