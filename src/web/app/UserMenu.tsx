import { ActionIcon, Avatar, Menu, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { authClient } from '../api/authClient';
import type { MeUser } from '../api/types';
import { lockKey } from '../routes/integrity/keyring';

function initialsOf(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return parts
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
}

export function UserMenu({ user }: { user: MeUser }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  async function signOut() {
    const { error } = await authClient.signOut();
    if (error) {
      notifications.show({ color: 'red', message: error.message ?? t('errors.unexpected') });
      return;
    }
    // the integrity channel's unlocked private key goes with the session
    lockKey();
    queryClient.clear();
    await navigate({ to: '/sign-in' });
  }

  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        <ActionIcon
          variant="default"
          size="lg"
          radius="xl"
          aria-label={t('shell.userMenu', { name: user.name })}
        >
          <Avatar size={28} radius="xl" color="indigo">
            {initialsOf(user.name || user.email)}
          </Avatar>
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="bright" truncate>
            {user.name}
          </Text>
          <Text size="xs" truncate>
            {user.email}
          </Text>
        </Menu.Label>
        <Menu.Item onClick={() => void navigate({ to: '/profile' })}>{t('shell.profile')}</Menu.Item>
        <Menu.Item onClick={() => void signOut()}>{t('shell.signOut')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
