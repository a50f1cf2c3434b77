import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { initAdminI18n } from '../i18n/admin-i18n';

// happy-dom 20 implements window.matchMedia, so antd's breakpoints need no stub here.
initAdminI18n();

afterEach(() => {
  cleanup();
});
