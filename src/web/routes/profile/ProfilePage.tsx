import { Badge, Button, DataList, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/queries';
import { ErrorAlert, PageLoader } from '../../app/status';
import { WORKSPACE_LANGUAGE_NAMES } from '../../i18n/languages';
import { ApiTokensSection } from './ApiTokensSection';
import { ChangePassword } from './ChangePassword';
import { DisableTwoFactor } from './DisableTwoFactor';
import { EnableTwoFactor } from './EnableTwoFactor';

export function ProfilePage() {
  const { t } = useTranslation();
  const { t: tp } = useTranslation('profile');
  const me = useMe();
  const [changing, setChanging] = useState(false);

  if (me.isPending) return <PageLoader />;
  if (me.isError) return <ErrorAlert error={me.error} />;
  const { user } = me.data;

  return (
    <Stack maw={720}>
      <Title order={1} size="h2">
        {t('profile.title')}
      </Title>
      <Paper withBorder p="md" radius="md">
        <DataList withDivider>
          <DataList.Item>
            <DataList.ItemLabel>{t('profile.name')}</DataList.ItemLabel>
            <DataList.ItemValue>{user.name}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('profile.email')}</DataList.ItemLabel>
            <DataList.ItemValue style={{ overflowWrap: 'anywhere' }}>{user.email}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{tp('language.label')}</DataList.ItemLabel>
            <DataList.ItemValue data-testid="profile-language">
              {(user.language && WORKSPACE_LANGUAGE_NAMES[user.language]) ?? tp('language.notChosen')}
            </DataList.ItemValue>
          </DataList.Item>
        </DataList>
      </Paper>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="two-factor-heading">
        <Stack gap="sm">
          <Group gap="sm">
            <Title order={2} size="h4" id="two-factor-heading">
              {t('profile.twoFactorTitle')}
            </Title>
            <Badge color={user.twoFactorEnabled ? 'green' : 'gray'} variant="light">
              {user.twoFactorEnabled ? t('profile.on') : t('profile.off')}
            </Badge>
          </Group>
          <Text size="sm">{t('profile.twoFactorIntro')}</Text>
          {!changing && (
            <Group>
              <Button
                variant={user.twoFactorEnabled ? 'default' : 'filled'}
                color={user.twoFactorEnabled ? 'red' : undefined}
                onClick={() => setChanging(true)}
              >
                {user.twoFactorEnabled ? t('profile.disable') : t('profile.enable')}
              </Button>
            </Group>
          )}
          {changing &&
            (user.twoFactorEnabled ? (
              <DisableTwoFactor onDone={() => setChanging(false)} />
            ) : (
              <EnableTwoFactor onDone={() => setChanging(false)} />
            ))}
        </Stack>
      </Paper>
      <ChangePassword />
      <ApiTokensSection />
    </Stack>
  );
}
