import { act, cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { initWebI18n } from '../i18n';

// Lazy routes load their chunk first; on a busy 2-core CI machine antd's first table took 6-18 s to appear.
configure({ asyncUtilTimeout: 10_000 });

const i18n = initWebI18n();

afterEach(async () => {
  cleanup();
  localStorage.clear();
  vi.unstubAllGlobals();
  if (i18n.language !== 'zh-CN') await act(() => i18n.changeLanguage('zh-CN'));
});
