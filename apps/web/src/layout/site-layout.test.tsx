import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { homeCycleAnswer } from '../routes/home/home-cycle.fixture';
import { mockGraphQL } from '../test/graphql-mock';
import { AppRoutes } from '../routes';

function renderAt(path: string) {
  mockGraphQL(homeCycleAnswer());
  return render(
    <MemoryRouter initialEntries={[path]}>
      <AppRoutes />
    </MemoryRouter>,
  );
}

describe('site layout', () => {
  it('has a banner, a main landmark and one h1', async () => {
    renderAt('/');
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('main')).toBeTruthy();
    expect(screen.getByRole('contentinfo')).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['山西省中学生英才计划']);
    expect(await screen.findByRole('heading', { level: 2, name: '招生学科' })).toBeTruthy();
  });

  it('switches the page to English from the header', async () => {
    renderAt('/');
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Shanxi Young Talent Programme' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });

  it('shows a not-found page for an unknown path', async () => {
    renderAt('/nowhere');
    expect(await screen.findByRole('heading', { level: 1, name: '页面不存在' })).toBeTruthy();
  });
});
