import { Alert, Button, Code, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyValueButton } from '../../app/CopyValueButton';
import { errorText } from '../../app/errors';
import { useCreateApiToken } from './apiTokens';

const EXPIRY_CHOICES = ['30', '90', '365', 'never'] as const;

/** The form for a new token, then the token itself, shown this once with a warning to copy it. */
export function CreateApiToken() {
  const { t } = useTranslation();
  const create = useCreateApiToken();
  const [name, setName] = useState('');
  const [expiry, setExpiry] = useState<string>('90');
  const [nameMissing, setNameMissing] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    const missing = name.trim() === '';
    setNameMissing(missing);
    if (missing) return;
    create.mutate(
      { name: name.trim(), expiresInDays: expiry === 'never' ? null : Number(expiry) },
      { onSuccess: () => setName('') },
    );
  }

  const created = create.data;
  if (created) {
    return (
      <Alert color="yellow" title={t('profile.apiTokens.createdTitle', { name: created.token.name })}>
        <Stack gap="xs">
          <Text size="sm">{t('profile.apiTokens.copyWarning')}</Text>
          <Group gap="xs" wrap="nowrap" align="center">
            <Code data-testid="api-token-secret" dir="ltr" style={{ overflowWrap: 'anywhere', flex: 1 }}>
              {created.secret}
            </Code>
            <CopyValueButton value={created.secret} label={t('profile.apiTokens.copy')} />
          </Group>
          <Text size="sm">{t('profile.apiTokens.usage')}</Text>
          <Code block dir="ltr" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {`npx custodes workspaces list --server ${window.location.origin} --token ${created.secret}`}
          </Code>
          <Group>
            <Button variant="default" onClick={() => create.reset()}>
              {t('profile.apiTokens.done')}
            </Button>
          </Group>
        </Stack>
      </Alert>
    );
  }

  return (
    <form onSubmit={submit} noValidate data-testid="api-token-form">
      <Stack gap="sm">
        {create.isError && (
          <Alert color="red" role="alert">
            {errorText(create.error, t)}
          </Alert>
        )}
        <Group align="flex-start" grow preventGrowOverflow={false} wrap="wrap">
          <TextInput
            label={t('profile.apiTokens.name')}
            description={t('profile.apiTokens.nameHelp')}
            inputWrapperOrder={['label', 'input', 'description']}
            value={name}
            maxLength={80}
            onChange={(event) => setName(event.currentTarget.value)}
            error={nameMissing ? t('common.required') : undefined}
            miw={220}
            required
          />
          <Select
            label={t('profile.apiTokens.expiry')}
            data={EXPIRY_CHOICES.map((value) => ({
              value,
              label: t(`profile.apiTokens.expiryChoice.${value}`),
            }))}
            value={expiry}
            allowDeselect={false}
            onChange={(value) => value && setExpiry(value)}
            miw={180}
          />
        </Group>
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending}>
            {t('profile.apiTokens.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
