import { Alert, Button, Group, Paper, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, queryKeys } from '../../api/endpoints';
import { errorText, fieldErrorOf } from '../../app/errors';
import { NoAccessAlert } from '../../app/status';
import { WorkspaceLanguageSelect } from './LanguageSelect';
import { useCurrentWorkspace } from './workspaceContext';

const FIELDS = ['name', 'country', 'defaultLanguage'] as const;

export function SettingsPage() {
  const { t } = useTranslation();
  const { workspace, can } = useCurrentWorkspace();
  const queryClient = useQueryClient();
  const [name, setName] = useState(workspace.name);
  const [country, setCountry] = useState(workspace.country ?? '');
  const [defaultLanguage, setDefaultLanguage] = useState(workspace.defaultLanguage);
  const [nameMissing, setNameMissing] = useState(false);

  const save = useMutation({
    mutationFn: () =>
      api.updateWorkspace(workspace.slug, { name: name.trim(), country: country.trim(), defaultLanguage }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.workspace(workspace.slug) });
      await queryClient.invalidateQueries({ queryKey: queryKeys.me });
      await queryClient.invalidateQueries({ queryKey: queryKeys.workspaces });
      notifications.show({ color: 'green', message: t('settings.saved') });
    },
  });

  if (!can('workspace:update')) return <NoAccessAlert />;

  const serverField = fieldErrorOf(save.error, FIELDS);

  function submit(event: FormEvent) {
    event.preventDefault();
    const missing = name.trim() === '';
    setNameMissing(missing);
    if (!missing) save.mutate();
  }

  return (
    <Stack maw={560}>
      <Title order={1} size="h2">
        {t('settings.title')}
      </Title>
      <Paper withBorder p="lg" radius="md">
        <form onSubmit={submit} noValidate>
          <Stack>
            {save.isError && !serverField && (
              <Alert color="red" role="alert">
                {errorText(save.error, t)}
              </Alert>
            )}
            <TextInput
              label={t('workspace.name')}
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              error={
                nameMissing
                  ? t('common.required')
                  : serverField?.field === 'name'
                    ? serverField.message
                    : undefined
              }
              required
            />
            <TextInput
              label={t('workspace.slug')}
              description={t('settings.slugFixed')}
              value={workspace.slug}
              readOnly
            />
            <TextInput
              label={t('workspace.country')}
              description={t('workspace.countryHelp')}
              value={country}
              onChange={(event) => setCountry(event.currentTarget.value)}
              error={serverField?.field === 'country' ? serverField.message : undefined}
            />
            <WorkspaceLanguageSelect value={defaultLanguage} onChange={setDefaultLanguage} />
            <Group justify="flex-end">
              <Button type="submit" loading={save.isPending}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
