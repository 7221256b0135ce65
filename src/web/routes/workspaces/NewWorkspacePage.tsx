import { Alert, Button, Group, Paper, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, queryKeys } from '../../api/endpoints';
import { ApiError } from '../../api/http';
import { useMe } from '../../api/queries';
import type { WorkspaceLanguage } from '../../api/types';
import { errorText, fieldErrorOf } from '../../app/errors';
import { currentUiLanguage } from '../../i18n';
import { WorkspaceLanguageSelect } from './LanguageSelect';
import { cleanSlugInput, SLUG_PATTERN, slugify } from './slug';

const FIELDS = ['name', 'slug', 'country', 'defaultLanguage'] as const;
type Field = (typeof FIELDS)[number];

export function NewWorkspacePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [slugEdited, setSlugEdited] = useState(false);
  const [country, setCountry] = useState('');
  const [defaultLanguage, setDefaultLanguage] = useState<WorkspaceLanguage>(currentUiLanguage());
  const [localErrors, setLocalErrors] = useState<Partial<Record<Field, string>>>({});
  const me = useMe();

  const create = useMutation({
    mutationFn: () =>
      api.createWorkspace({ name: name.trim(), slug, country: country.trim() || undefined, defaultLanguage }),
    onSuccess: async ({ workspace }) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.me });
      await queryClient.invalidateQueries({ queryKey: queryKeys.workspaces });
      notifications.show({ color: 'green', message: t('workspace.created', { name: workspace.name }) });
      await navigate({ to: '/w/$slug', params: { slug: workspace.slug } });
    },
  });

  const serverField = fieldErrorOf(create.error, FIELDS);
  const slugTaken = !serverField && create.error instanceof ApiError && create.error.status === 409;
  const fieldError = (field: Field): string | undefined =>
    localErrors[field] ??
    (serverField?.field === field ? serverField.message : undefined) ??
    (field === 'slug' && slugTaken ? t('workspace.slugTaken') : undefined);

  function submit(event: FormEvent) {
    event.preventDefault();
    const errors: Partial<Record<Field, string>> = {};
    if (name.trim() === '') errors.name = t('common.required');
    if (!SLUG_PATTERN.test(slug)) errors.slug = t('workspace.slugRule');
    setLocalErrors(errors);
    if (Object.keys(errors).length === 0) create.mutate();
  }

  if (me.data && me.data.user.serverRole !== 'admin') {
    return (
      <Stack maw={560}>
        <Title order={1} size="h2">
          {t('workspace.newTitle')}
        </Title>
        <Alert color="yellow">{t('workspace.createNeedsServerAdmin')}</Alert>
      </Stack>
    );
  }

  return (
    <Stack maw={560}>
      <Title order={1} size="h2">
        {t('workspace.newTitle')}
      </Title>
      <Paper withBorder p="lg" radius="md">
        <form onSubmit={submit} noValidate data-testid="new-workspace-form">
          <Stack>
            {create.isError && !serverField && !slugTaken && (
              <Alert color="red" role="alert">
                {errorText(create.error, t)}
              </Alert>
            )}
            <TextInput
              label={t('workspace.name')}
              description={t('workspace.nameHelp')}
              value={name}
              onChange={(event) => {
                const next = event.currentTarget.value;
                setName(next);
                if (!slugEdited) setSlug(slugify(next));
              }}
              error={fieldError('name')}
              required
            />
            <TextInput
              label={t('workspace.slug')}
              description={t('workspace.slugHelp', { example: `/w/${slug || 'national-ssr-programme'}` })}
              value={slug}
              onChange={(event) => {
                setSlugEdited(true);
                setSlug(cleanSlugInput(event.currentTarget.value));
              }}
              error={fieldError('slug')}
              autoCapitalize="off"
              spellCheck={false}
              required
            />
            <TextInput
              label={t('workspace.country')}
              description={t('workspace.countryHelp')}
              value={country}
              onChange={(event) => setCountry(event.currentTarget.value)}
              error={fieldError('country')}
              autoComplete="country-name"
            />
            <WorkspaceLanguageSelect value={defaultLanguage} onChange={setDefaultLanguage} />
            <Group justify="flex-end">
              <Button type="submit" loading={create.isPending}>
                {t('workspace.create')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
