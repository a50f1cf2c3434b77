import { reactTestConfig } from '../../tooling/vitest/react.config.js';

export default reactTestConfig('ui');
