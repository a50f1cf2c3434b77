import { act, cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { initWebI18n } from '../i18n';

// Lazy routes load their chunk first; with every package testing at once, 1 s is too tight.
configure({ asyncUtilTimeout: 5000 });

const i18n = initWebI18n();

afterEach(async () => {
  cleanup();
  localStorage.clear();
  vi.unstubAllGlobals();
  if (i18n.language !== 'zh-CN') await act(() => i18n.changeLanguage('zh-CN'));
});
