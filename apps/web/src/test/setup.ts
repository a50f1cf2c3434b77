import { act, cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { initWebI18n } from '../i18n';

const i18n = initWebI18n();

afterEach(async () => {
  cleanup();
  localStorage.clear();
  vi.unstubAllGlobals();
  if (i18n.language !== 'zh-CN') await act(() => i18n.changeLanguage('zh-CN'));
});
