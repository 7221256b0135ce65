import { DirectionProvider, MantineProvider, useDirection } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { directionOf } from '../i18n/languages';
import { installChangedElsewhereNotice } from './ChangedElsewhereNotice';
import { queryClient } from './queryClient';
import { theme } from './theme';

installChangedElsewhereNotice();

/** Keeps Mantine's direction (RTL mirroring) in step with the interface language. */
function DirectionFollowsLanguage() {
  const { i18n } = useTranslation();
  const { setDirection } = useDirection();
  useEffect(() => {
    setDirection(directionOf(i18n.language));
  }, [i18n.language, setDirection]);
  return null;
}

export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <DirectionProvider initialDirection={directionOf(document.documentElement.lang)}>
      <DirectionFollowsLanguage />
      <MantineProvider theme={theme}>
        <Notifications position="top-center" />
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </MantineProvider>
    </DirectionProvider>
  );
}
