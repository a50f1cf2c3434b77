import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { initAdminI18n } from '../i18n/admin-i18n';

// Lazy routes load their chunk first; with every package testing at once, 1 s is too tight.
configure({ asyncUtilTimeout: 5000 });

// happy-dom 20 implements window.matchMedia, so antd's breakpoints need no stub here.
initAdminI18n();

afterEach(() => {
  cleanup();
});
