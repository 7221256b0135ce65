import {
  Alert,
  Button,
  Card,
  Group,
  Loader,
  NumberInput,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelSettings } from '../../../../core/integrity/types';
import { ApiError } from '../../../api/http';
import { CopyValueButton } from '../../../app/CopyValueButton';
import { errorText } from '../../../app/errors';
import { type ChannelView, channelApi, useChannel, useInvalidateChannel } from '../channelApi';
import { LocalizedFields } from './LocalizedFields';
import { QuestionsEditor } from './QuestionsEditor';
import { RecipientsPanel } from './RecipientsPanel';
import { ReportTypesEditor } from './ReportTypesEditor';
import { defaultSettings, settingsToSave } from './settingsForm';

function Section({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Title order={3} size="h5">
          {title}
        </Title>
        {hint && (
          <Text size="sm" c="dimmed">
            {hint}
          </Text>
        )}
        {children}
      </Stack>
    </Card>
  );
}

/** The channel's settings and recipients, for owners and administrators (integrity:manage). */
export function SettingsTab() {
  const { slug } = useParams({ strict: false }) as { slug: string };
  const { t } = useTranslation(['integrityAdmin', 'translation']);
  const channel = useChannel(slug);
  if (channel.isPending) return <Loader size="sm" aria-label={t('unlock.loading')} />;
  if (channel.isError)
    return (
      <Alert color="red" role="alert">
        {errorText(channel.error, t)}
      </Alert>
    );
  if (!channel.data.canManage) return <Alert color="gray">{t('settings.notManager')}</Alert>;
  return <SettingsForm slug={slug} view={channel.data} />;
}

function SettingsForm({ slug, view }: { slug: string; view: ChannelView }) {
  const { t } = useTranslation(['integrityAdmin', 'translation']);
  const invalidate = useInvalidateChannel(slug);
  const [settings, setSettings] = useState<ChannelSettings>(
    () => view.channel?.settings ?? defaultSettings(),
  );
  const [version, setVersion] = useState(view.channel?.rowVersion);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [saved, setSaved] = useState(false);
  const set = <K extends keyof ChannelSettings>(key: K, value: ChannelSettings[K]) => {
    setSaved(false);
    setSettings((old) => ({ ...old, [key]: value }));
  };
  // a reload after a 412 brings the other version in
  useEffect(() => {
    if (view.channel && view.channel.rowVersion !== version && stale) {
      setSettings(view.channel.settings);
      setVersion(view.channel.rowVersion);
      setStale(false);
    }
  }, [view.channel, version, stale]);

  async function save() {
    setBusy(true);
    setError(null);
    try {
      const result = await channelApi.save(slug, settingsToSave(settings), version);
      if (result.channel) {
        setSettings(result.channel.settings);
        setVersion(result.channel.rowVersion);
      }
      setSaved(true);
      await invalidate();
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 412) setStale(true);
      else setError(errorText(caught, t));
    } finally {
      setBusy(false);
    }
  }

  const publicUrl = `${window.location.origin}${view.channel?.publicUrlPath ?? `/p/${slug}/report`}`;
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('settings.title')}
      </Title>
      {!view.channel && <Alert color="blue">{t('settings.firstSave')}</Alert>}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) void save();
        }}
      >
        <Stack gap="md">
          <Switch
            label={t('settings.enabled')}
            description={t('settings.enabledHint')}
            checked={settings.enabled}
            onChange={(event) => set('enabled', event.currentTarget.checked)}
            data-testid="settings-enabled"
          />
          {view.channel && (
            <Group gap="xs" wrap="nowrap">
              <Text size="sm" fw={500}>
                {t('settings.publicLink')}
              </Text>
              <Text
                size="sm"
                dir="ltr"
                style={{ overflowWrap: 'anywhere' }}
                data-testid="settings-public-link"
              >
                {publicUrl}
              </Text>
              <CopyValueButton value={publicUrl} label={t('settings.copyLink')} />
            </Group>
          )}
          <Section title={t('settings.textsTitle')} hint={t('settings.textsHint')}>
            <LocalizedFields
              label={t('settings.name')}
              value={settings.name}
              onChange={(v) => set('name', v)}
              testId="settings-name"
            />
            <LocalizedFields
              label={t('settings.intro')}
              value={settings.intro}
              onChange={(v) => set('intro', v)}
              multiline
            />
          </Section>
          <Section title={t('settings.typesTitle')}>
            <ReportTypesEditor value={settings.reportTypes} onChange={(v) => set('reportTypes', v)} />
          </Section>
          <Section title={t('settings.questionsTitle')} hint={t('settings.questionsHint')}>
            <QuestionsEditor value={settings.questions} onChange={(v) => set('questions', v)} />
          </Section>
          <Section title={t('settings.deadlinesTitle')}>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              {(['acknowledgeDays', 'feedbackDays', 'retentionDays'] as const).map((field) => (
                <NumberInput
                  key={field}
                  label={t(`settings.${field}`)}
                  value={settings[field]}
                  min={1}
                  max={3650}
                  allowDecimal={false}
                  onChange={(v) => set(field, typeof v === 'number' ? v : Number.parseInt(v, 10) || 1)}
                />
              ))}
            </SimpleGrid>
          </Section>
          {stale && (
            <Alert color="orange" role="alert">
              <Stack gap="xs">
                <Text size="sm">{t('settings.stale')}</Text>
                <div>
                  <Button size="compact-sm" variant="default" onClick={() => void invalidate()}>
                    {t('settings.reload')}
                  </Button>
                </div>
              </Stack>
            </Alert>
          )}
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          {saved && <Alert color="teal">{t('settings.saved')}</Alert>}
          <Group>
            <Button type="submit" loading={busy} data-testid="settings-save">
              {t('settings.save')}
            </Button>
          </Group>
        </Stack>
      </form>
      <Section title={t('recipients.title')}>
        {view.channel ? (
          <RecipientsPanel slug={slug} view={view} />
        ) : (
          <Text size="sm">{t('recipients.saveFirst')}</Text>
        )}
      </Section>
    </Stack>
  );
}
