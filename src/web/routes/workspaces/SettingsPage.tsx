import { Alert, Button, Group, Paper, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, queryKeys } from '../../api/endpoints';
import { errorText, fieldErrorOf } from '../../app/errors';
import { NoAccessAlert } from '../../app/status';
import { WorkspaceLanguageSelect } from './LanguageSelect';
import { OversightRuleField } from './OversightRuleField';
import { useCurrentWorkspace } from './workspaceContext';

const FIELDS = ['name', 'country', 'defaultLanguage', 'requiredOversightKinds'] as const;

export function SettingsPage() {
  const { t } = useTranslation();
  const { workspace, can } = useCurrentWorkspace();
  const queryClient = useQueryClient();
  const [name, setName] = useState(workspace.name);
  const [country, setCountry] = useState(workspace.country ?? '');
  const [defaultLanguage, setDefaultLanguage] = useState(workspace.defaultLanguage);
  const [requiredOversightKinds, setRequiredOversightKinds] = useState(workspace.requiredOversightKinds);
  const [nameMissing, setNameMissing] = useState(false);
  const [noOversightKind, setNoOversightKind] = useState(false);

  const save = useMutation({
    mutationFn: () =>
      api.updateWorkspace(workspace.slug, {
        name: name.trim(),
        country: country.trim(),
        defaultLanguage,
        requiredOversightKinds,
      }),
    onSuccess: async () => {
      // The workspace key prefixes every query of the workspace, the gaps that follow the oversight rule included.
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
    const noKind = requiredOversightKinds.length === 0;
    setNameMissing(missing);
    setNoOversightKind(noKind);
    if (!missing && !noKind) save.mutate();
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
            <OversightRuleField
              value={requiredOversightKinds}
              onChange={setRequiredOversightKinds}
              error={
                noOversightKind
                  ? t('settings.oversightRuleRequired')
                  : serverField?.field === 'requiredOversightKinds'
                    ? serverField.message
                    : undefined
              }
            />
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
