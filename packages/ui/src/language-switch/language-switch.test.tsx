// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { initI18n } from '../i18n/index';
import { LanguageSwitch } from './language-switch';

const i18n = initI18n({ 'zh-CN': {}, en: {} });

afterEach(async () => {
  cleanup();
  await act(() => i18n.changeLanguage('zh-CN'));
  localStorage.clear();
});

describe('LanguageSwitch', () => {
  it('starts in Chinese', () => {
    render(<LanguageSwitch />);
    expect(screen.getByRole('button', { name: '中文' }).getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('switches to English, sets <html lang> and remembers the choice', () => {
    render(<LanguageSwitch />);
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('yingcai.language')).toBe('en');
    expect(initI18n({ 'zh-CN': {}, en: {} }).language).toBe('en');
  });
});
