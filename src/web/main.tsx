// Mantine's base styles; each component's own styles travel with it (src/cli/mantine-styles.ts)
import '@mantine/core/styles/baseline.css';
import '@mantine/core/styles/default-css-variables.css';
import '@mantine/core/styles/global.css';
import '@mantine/notifications/styles.css';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProviders } from './app/providers';
import { queryClient, setSessionLostHandler } from './app/queryClient';
import { router } from './app/router';
import { i18nReady } from './i18n';

// the development server does not run the build plugin that attaches styles to components
if (import.meta.env.DEV) void import('@mantine/core/styles.css');

setSessionLostHandler(() => {
  const here = router.state.location;
  if (here.pathname === '/sign-in' || here.pathname.startsWith('/invite/')) return;
  // what was cached belongs to a session that no longer exists (and would send sign-in straight back here)
  queryClient.clear();
  void router.navigate({ to: '/sign-in', search: { redirect: here.href } });
});

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');

const root = createRoot(rootElement);
void i18nReady.then(() =>
  root.render(
    <StrictMode>
      <AppProviders>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  ),
);
