import { Button, Menu, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { MeWorkspace } from '../api/types';
import { ChevronDownIcon } from './icons';

interface WorkspaceSwitcherProps {
  workspaces: MeWorkspace[];
  currentSlug: string | undefined;
  /** Only server administrators may create workspaces. */
  canCreateWorkspace: boolean;
}

export function WorkspaceSwitcher({ workspaces, currentSlug, canCreateWorkspace }: WorkspaceSwitcherProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const current = workspaces.find((workspace) => workspace.slug === currentSlug);
  const buttonText = current?.name ?? t('shell.workspaces');

  return (
    <Menu position="bottom-start" width={260} withinPortal>
      <Menu.Target>
        <Button
          data-testid="workspace-switcher"
          aria-label={t('shell.workspaceSwitcherLabel', { name: buttonText })}
          variant="default"
          rightSection={<ChevronDownIcon />}
          maw={{ base: 150, sm: 260 }}
        >
          {/* dir="auto": a Latin-script name inside the Arabic interface still truncates at its end */}
          <span dir="auto" style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>
            {buttonText}
          </span>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {workspaces.length > 0 && <Menu.Label>{t('shell.yourWorkspaces')}</Menu.Label>}
        {workspaces.map((workspace) => (
          <Menu.Item
            key={workspace.id}
            onClick={() => void navigate({ to: '/w/$slug', params: { slug: workspace.slug } })}
            aria-current={workspace.slug === currentSlug ? 'true' : undefined}
            fw={workspace.slug === currentSlug ? 700 : undefined}
            rightSection={
              <Text size="xs" c="dimmed">
                {t(`roles.${workspace.role}.name`)}
              </Text>
            }
          >
            {workspace.name}
          </Menu.Item>
        ))}
        {workspaces.length > 0 && <Menu.Divider />}
        <Menu.Item onClick={() => void navigate({ to: '/workspaces' })}>{t('shell.allWorkspaces')}</Menu.Item>
        {canCreateWorkspace && (
          <Menu.Item onClick={() => void navigate({ to: '/workspaces/new' })}>
            {t('shell.newWorkspace')}
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
