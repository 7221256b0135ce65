import { Button, Code, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../app/ConfirmModal';
import { CopyValueButton } from '../../../app/CopyValueButton';
import { ErrorAlert } from '../../../app/status';
import { type Survey, surveysApi, useSurveyMutation } from '../surveysApi';

/** The survey's public link: anyone with it can answer, without an account; rotating it ends the old one. */
export function PublicLinkPanel({ slug, survey }: { slug: string; survey: Survey }) {
  const { t } = useTranslation(['surveys']);
  const [confirm, setConfirm] = useState<'rotate' | 'delete' | null>(null);
  const create = useSurveyMutation(slug, () => surveysApi.createPublicLink(slug, survey.id));
  const remove = useSurveyMutation(slug, () => surveysApi.deletePublicLink(slug, survey.id));
  const url = survey.publicToken
    ? `${window.location.origin}/p/${encodeURIComponent(slug)}/survey/${survey.publicToken}`
    : null;
  const close = () => setConfirm(null);

  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {t('publicLink.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('publicLink.intro')}
      </Text>
      {url ? (
        <>
          <Group gap="xs" wrap="nowrap">
            <Code style={{ wordBreak: 'break-all' }} data-testid="public-link-url" dir="ltr">
              {url}
            </Code>
            <CopyValueButton value={url} label={t('publicLink.copy')} />
          </Group>
          {survey.status !== 'open' && (
            <Text size="xs" c="orange">
              {t('publicLink.notOpen')}
            </Text>
          )}
          <Group gap="xs">
            <Button size="xs" variant="light" onClick={() => setConfirm('rotate')}>
              {t('publicLink.rotate')}
            </Button>
            <Button size="xs" variant="light" color="red" onClick={() => setConfirm('delete')}>
              {t('publicLink.delete')}
            </Button>
          </Group>
        </>
      ) : (
        <Group>
          <Button
            size="xs"
            onClick={() => create.mutate(undefined)}
            loading={create.isPending}
            data-testid="public-link-create"
          >
            {t('publicLink.create')}
          </Button>
        </Group>
      )}
      {create.isError && <ErrorAlert error={create.error} />}
      {remove.isError && <ErrorAlert error={remove.error} />}
      <ConfirmModal
        opened={confirm !== null}
        title={confirm === 'delete' ? t('publicLink.deleteTitle') : t('publicLink.rotateTitle')}
        message={confirm === 'delete' ? t('publicLink.deleteMessage') : t('publicLink.rotateMessage')}
        confirmLabel={confirm === 'delete' ? t('publicLink.delete') : t('publicLink.rotate')}
        busy={create.isPending || remove.isPending}
        onClose={close}
        onConfirm={() => (confirm === 'delete' ? remove : create).mutate(undefined, { onSuccess: close })}
      />
    </Stack>
  );
}
