import { AppShell, Burger, Flex, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Outlet, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useMe, useWorkspaceQuery } from '../api/queries';
import { LanguageSwitcher } from './LanguageSwitcher';
import { MainNav } from './MainNav';
import { RouterAnchor } from './RouterLinks';
import { PageLoader } from './status';
import { UserMenu } from './UserMenu';
import { WorkspaceSwitcher } from './WorkspaceSwitcher';

/** Permissions of the workspace in the URL, shared with the page through the query cache. */
function useWorkspacePermissions(slug: string | undefined): readonly string[] {
  const workspace = useWorkspaceQuery(slug ?? '', { enabled: slug !== undefined });
  return workspace.data?.permissions ?? [];
}

export function AppLayout() {
  const { t } = useTranslation();
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);
  const { slug } = useParams({ strict: false });
  const me = useMe();
  const permissions = useWorkspacePermissions(slug);
  const hasNav = slug !== undefined;

  return (
    <AppShell
      header={{ height: { base: 100, sm: 60 } }}
      navbar={{
        width: 250,
        breakpoint: 'sm',
        collapsed: { desktop: !hasNav, mobile: !hasNav || !navOpened },
      }}
      padding="md"
    >
      <AppShell.Header>
        <Flex
          h="100%"
          px="md"
          py={{ base: 6, sm: 0 }}
          gap={{ base: 6, sm: 'md' }}
          direction={{ base: 'column', sm: 'row' }}
          justify={{ base: 'center', sm: 'space-between' }}
          align={{ base: 'stretch', sm: 'center' }}
        >
          <Group gap="sm" wrap="nowrap">
            {hasNav && (
              <Burger
                opened={navOpened}
                onClick={toggleNav}
                hiddenFrom="sm"
                size="sm"
                aria-label={t(navOpened ? 'shell.closeNavigation' : 'shell.openNavigation')}
                aria-expanded={navOpened}
              />
            )}
            <RouterAnchor to="/" fw={800} fz="lg" c="inherit" underline="never">
              Custodes
            </RouterAnchor>
          </Group>
          <Group gap="xs" wrap="nowrap" justify="flex-end">
            {me.data && (
              <WorkspaceSwitcher
                workspaces={me.data.workspaces}
                currentSlug={slug}
                canCreateWorkspace={me.data.user.serverRole === 'admin'}
              />
            )}
            <LanguageSwitcher />
            {me.data && <UserMenu user={me.data.user} />}
          </Group>
        </Flex>
      </AppShell.Header>
      {hasNav && <MainNav slug={slug} permissions={permissions} onNavigate={closeNav} />}
      <AppShell.Main>{me.isPending ? <PageLoader /> : <Outlet />}</AppShell.Main>
    </AppShell>
  );
}
