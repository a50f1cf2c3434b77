import { createApolloClient } from '@yingcai/ui/apollo';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { initAdminI18n } from './i18n/admin-i18n';
import { createAdminRouter } from './router';

initAdminI18n();

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');

createRoot(root).render(
  <StrictMode>
    <App client={createApolloClient()} router={createAdminRouter()} />
  </StrictMode>,
);
