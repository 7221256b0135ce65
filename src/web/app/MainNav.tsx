import { AppShell, Divider, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ADMIN_NAV, CYCLE_NAV, type NavItem } from './navItems';
import { RouterNavLink } from './RouterNavLink';

interface MainNavProps {
  slug: string;
  permissions: readonly string[];
  onNavigate: () => void;
}

function NavSection({
  title,
  items,
  slug,
  onNavigate,
}: {
  title: string;
  items: NavItem[];
  slug: string;
  onNavigate: () => void;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <>
      <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="sm" pb={4}>
        {title}
      </Text>
      {items.map((item) => (
        <RouterNavLink
          key={item.key}
          to={item.to}
          params={{ slug }}
          activeOptions={{ exact: item.key === 'overview' }}
          activeProps={{ active: true, 'aria-current': 'page' }}
          data-testid={`nav-${item.key}`}
          label={t(`nav.${item.key}`)}
          onClick={onNavigate}
        />
      ))}
    </>
  );
}

export function MainNav({ slug, permissions, onNavigate }: MainNavProps) {
  const { t } = useTranslation();
  const allowed = (item: NavItem) => permissions.includes(item.permission);
  const adminItems = ADMIN_NAV.filter(allowed);
  return (
    <AppShell.Navbar p="xs" data-testid="main-nav" aria-label={t('nav.label')}>
      <AppShell.Section grow style={{ overflowY: 'auto' }}>
        <NavSection
          title={t('nav.cycle')}
          items={CYCLE_NAV.filter(allowed)}
          slug={slug}
          onNavigate={onNavigate}
        />
        {adminItems.length > 0 && <Divider my="sm" />}
        <NavSection title={t('nav.administration')} items={adminItems} slug={slug} onNavigate={onNavigate} />
      </AppShell.Section>
    </AppShell.Navbar>
  );
}
