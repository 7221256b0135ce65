import { Alert, Grid, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../app/format';
import { RouterAnchor } from '../../../app/RouterLinks';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { useActorsQuery } from '../../map/sectorMapQueries';
import { useSectorLabels } from '../../map/useSectorLabels';
import { useCurrentWorkspace } from '../../workspaces/workspaceContext';
import { useChannel } from '../channelApi';
import { type CaseDetail, useCaseQuery, useCaseWrites } from '../integrityApi';
import { UnlockKeyPanel } from '../key/UnlockKeyPanel';
import { type UnlockedKey, useUnlockedKey } from '../keyring';
import { CaseDeadlines, CaseStatusBadge, IdentityModeLabel } from './CaseBadges';
import { CaseIdentity } from './CaseIdentity';
import { CaseMessages } from './CaseMessages';
import { CaseReport } from './CaseReport';
import { CaseTriage } from './CaseTriage';
import { useCaseLabels } from './caseLabels';
import { openCase } from './openCase';
import { useSodium } from './useSodium';

/**
 * One case, decrypted in this browser with the handler's unlocked key: the report and its files,
 * the identity (or the way to ask for it), the conversation with the whistle-blower, internal notes,
 * and triage. While the key is locked, only the unlock panel shows (nothing is fetched).
 */
export function CasePage() {
  const { t } = useTranslation('integrity');
  const { workspace } = useCurrentWorkspace();
  const slug = workspace.slug;
  const { caseId } = useParams({ strict: false }) as { caseId: string };
  const unlocked = useUnlockedKey(slug);

  return (
    <Stack gap="md">
      <RouterAnchor to="/w/$slug/integrity/cases" params={{ slug }} size="sm">
        {t('case.back')}
      </RouterAnchor>
      {/* kept mounted once unlocked: it then shows how many colleagues were given keys, if any */}
      <Stack gap="sm" maw={520}>
        {!unlocked && <Text size="sm">{t('case.locked')}</Text>}
        <UnlockKeyPanel slug={slug} />
      </Stack>
      {unlocked && <UnlockedCase slug={slug} caseId={caseId} unlocked={unlocked} />}
    </Stack>
  );
}

function UnlockedCase({ slug, caseId, unlocked }: { slug: string; caseId: string; unlocked: UnlockedKey }) {
  const { t } = useTranslation('integrity');
  const detail = useCaseQuery(slug, caseId, true);
  const { sodium, failed } = useSodium();
  if (failed) return <Alert color="red">{t('case.cryptoUnavailable')}</Alert>;
  if (detail.isPending || !sodium) return <PageLoader />;
  if (detail.isError) return <ErrorAlert error={detail.error} />;
  return <CaseView slug={slug} caseId={caseId} detail={detail.data} unlocked={unlocked} sodium={sodium} />;
}

function CaseView(props: {
  slug: string;
  caseId: string;
  detail: CaseDetail;
  unlocked: UnlockedKey;
  sodium: NonNullable<ReturnType<typeof useSodium>['sodium']>;
}) {
  const { t } = useTranslation('integrity');
  const { slug, detail, sodium } = props;
  const record = detail.case;
  const channel = useChannel(slug);
  const settings = channel.data?.channel?.settings;
  const labels = useCaseLabels(settings?.reportTypes);
  const actors = useActorsQuery(slug);
  const sectorLabels = useSectorLabels();
  const writes = useCaseWrites(slug, props.caseId);
  const opened = useMemo(
    () => openCase(sodium, record, props.unlocked.pair),
    [sodium, record, props.unlocked],
  );
  const institutions = useMemo(
    () =>
      (actors.data?.actors ?? []).map((actor) => ({ value: actor.id, label: sectorLabels.actorName(actor) })),
    [actors.data, sectorLabels],
  );
  const institutionName = (id: string) => institutions.find((option) => option.value === id)?.label ?? null;
  const noteCount = record.messages.filter((message) => message.visibility === 'internal').length;
  const conversationCount = record.messages.length - noteCount;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={1} size="h2">
              {t('cases.number', { number: record.number })}
            </Title>
            <CaseStatusBadge status={record.status} />
          </Group>
          <Text size="sm" c="dimmed">
            {t('case.receivedAt', { date: formatDateTime(record.receivedAt) })}
          </Text>
          <IdentityModeLabel mode={record.identityMode} />
        </Stack>
        {record.status !== 'closed' && !record.purgedAt && <CaseDeadlines record={record} />}
      </Group>
      {record.purgedAt && (
        <Alert color="gray" data-testid="case-purged">
          {t('case.purged', { date: formatDate(record.purgedAt) })}
        </Alert>
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            {opened.content && (
              <CaseReport
                slug={slug}
                record={record}
                content={opened.content}
                reportKey={opened.reportKey}
                sodium={sodium}
                labels={labels}
                questions={settings?.questions ?? []}
                institutionName={institutionName}
              />
            )}
            {!record.purgedAt && (
              <CaseIdentity
                record={record}
                identity={opened.identity}
                requestIdentity={writes.requestIdentity}
              />
            )}
            {!record.purgedAt && (
              <Tabs defaultValue="conversation" keepMounted={false}>
                <Tabs.List>
                  <Tabs.Tab value="conversation" data-testid="case-tab-conversation">
                    {t('case.messages.title', { n: conversationCount })}
                  </Tabs.Tab>
                  <Tabs.Tab value="notes" data-testid="case-tab-notes">
                    {t('case.notes.title', { n: noteCount })}
                  </Tabs.Tab>
                </Tabs.List>
                <Tabs.Panel value="conversation" pt="sm">
                  <CaseMessages
                    visibility="conversation"
                    record={record}
                    opened={opened.messages}
                    messageKey={opened.reportKey}
                    sodium={sodium}
                    post={writes.post}
                  />
                </Tabs.Panel>
                <Tabs.Panel value="notes" pt="sm">
                  <Text size="xs" c="dimmed" mb="xs">
                    {t('case.notes.intro')}
                  </Text>
                  <CaseMessages
                    visibility="internal"
                    record={record}
                    opened={opened.messages}
                    messageKey={opened.notesKey}
                    sodium={sodium}
                    post={writes.post}
                  />
                </Tabs.Panel>
              </Tabs>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <CaseTriage detail={detail} labels={labels} institutions={institutions} update={writes.update} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
