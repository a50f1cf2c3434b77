import { apiTestConfig } from '../../tooling/vitest/api.config.js';

export default apiTestConfig;
