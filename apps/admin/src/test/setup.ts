import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { initAdminI18n } from '../i18n/admin-i18n';

// Lazy routes load their chunk first; on a busy 2-core CI machine antd's first table took 6-18 s to appear.
configure({ asyncUtilTimeout: 10_000 });

// happy-dom 20 implements window.matchMedia, so antd's breakpoints need no stub here.
initAdminI18n();

afterEach(() => {
  cleanup();
});
