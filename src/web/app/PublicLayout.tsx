import { Box, Container, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { LanguageSwitcher } from './LanguageSwitcher';

/** Frame for pages reachable without an account: sign-in and invitations. */
export function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <Box mih="100vh" bg="var(--mantine-color-gray-0)">
      <Box
        component="header"
        bg="var(--mantine-color-body)"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Group justify="space-between" px="md" h={60} wrap="nowrap">
          <Text fw={800} fz="lg">
            Custodes
          </Text>
          <LanguageSwitcher />
        </Group>
      </Box>
      <Container size={460} py="xl" px="md" component="main">
        {children}
      </Container>
    </Box>
  );
}
