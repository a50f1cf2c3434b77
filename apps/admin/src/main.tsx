import { possibleTypes } from '@yingcai/schema';
import { createApolloClient } from '@yingcai/ui/apollo';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { initAdminI18n, loadAdminLanguage } from './i18n/admin-i18n';
import { createAdminRouter } from './router';

const i18n = initAdminI18n();

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');

// Someone who chose English before gets its strings before the first render.
void loadAdminLanguage(i18n, i18n.language).finally(() => {
  createRoot(root).render(
    <StrictMode>
      <App client={createApolloClient(possibleTypes)} router={createAdminRouter()} />
    </StrictMode>,
  );
});
