import { reactTestConfig } from '../../tooling/vitest/react.config.js';

export default reactTestConfig('web', ['src/test/setup.ts']);
