import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { problemText } from '../renderer/problemText';
import type { Draft, OutboxItem } from './offlineStore';
import { collectStore, notifyChanged, sendNow } from './outboxSender';

function useTimeText(): (iso: string) => string {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  return (iso) => format.format(new Date(iso));
}

export function ConnectionBadge({ online }: { online: boolean }) {
  const { t } = useTranslation('surveyCollect');
  return (
    <Badge
      color={online ? 'teal' : 'orange'}
      variant="light"
      data-testid="connection-status"
      data-online={online}
    >
      {online ? t('connection.online') : t('connection.offline')}
    </Badge>
  );
}

/** What waits on this device for one form: finished submissions not yet received, and drafts. */
export function WaitingPanel(props: {
  outbox: OutboxItem[];
  drafts: Draft[];
  online: boolean;
  activeDraftId: string | null;
  onResume(draft: Draft): void;
}) {
  const { outbox, drafts, online, activeDraftId, onResume } = props;
  const { t } = useTranslation('surveyCollect');
  const timeText = useTimeText();
  const otherDrafts = drafts.filter((draft) => draft.id !== activeDraftId);
  return (
    <Paper withBorder p="md" radius="md" data-testid="waiting-panel">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={600}>{t('waiting.title')}</Text>
          <ConnectionBadge online={online} />
        </Group>
        <Group gap="xs" wrap="wrap">
          <Badge variant="outline" size="lg" data-testid="waiting-count" data-count={outbox.length}>
            {t('waiting.toSend', { n: outbox.length })}
          </Badge>
          <Badge
            variant="outline"
            size="lg"
            color="gray"
            data-testid="draft-count"
            data-count={drafts.length}
          >
            {t('waiting.drafts', { n: drafts.length })}
          </Badge>
          {outbox.length > 0 && (
            <Button
              size="compact-sm"
              variant="light"
              onClick={() => void sendNow(true)}
              data-testid="send-now"
            >
              {t('waiting.sendNow')}
            </Button>
          )}
        </Group>
        {outbox.length === 0 && drafts.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('waiting.nothing')}
          </Text>
        )}
        {outbox.map((item) => (
          <OutboxRow key={item.id} item={item} timeText={timeText} />
        ))}
        {otherDrafts.map((draft) => (
          <Group key={draft.id} justify="space-between" wrap="wrap" gap="xs" data-testid="draft-row">
            <Text size="sm">{t('waiting.started', { time: timeText(draft.startedAt) })}</Text>
            <Group gap="xs">
              <Button
                size="compact-sm"
                variant="light"
                onClick={() => onResume(draft)}
                data-testid="draft-resume"
              >
                {t('waiting.resume')}
              </Button>
              <Button
                size="compact-sm"
                variant="subtle"
                color="red"
                data-testid="draft-discard"
                onClick={async () => {
                  if (!window.confirm(t('waiting.discardConfirm'))) return;
                  await collectStore.deleteDraft(draft.id);
                  notifyChanged();
                }}
              >
                {t('waiting.discard')}
              </Button>
            </Group>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}

function OutboxRow({ item, timeText }: { item: OutboxItem; timeText: (iso: string) => string }) {
  const { t } = useTranslation('surveyCollect');
  const tried = item.lastTryAt
    ? t('waiting.lastTry', { time: timeText(item.lastTryAt) })
    : t('waiting.notTried');
  return (
    <Stack gap={2} data-testid="outbox-row" data-refused={item.refused ? item.refused.code : undefined}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text size="sm">{t('waiting.response', { id: item.id.slice(0, 8) })}</Text>
        <Text size="xs" c="dimmed">
          {tried}
          {item.lastError === 'offline' && ` · ${t('waiting.stillOffline')}`}
        </Text>
      </Group>
      {item.refused && (
        <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
          <Stack gap={2}>
            <Text size="sm" c="red" role="alert">
              {t('waiting.refused', {
                message: refusalText(item.refused, t),
              })}
            </Text>
            {item.refused.problems.map((problem) => (
              <Text key={`${problem.path}:${problem.code}`} size="xs" c="red">
                {`${problem.path}: ${problemText(problem, t)}`}
              </Text>
            ))}
          </Stack>
          <Button
            size="compact-sm"
            variant="subtle"
            color="red"
            onClick={async () => {
              if (!window.confirm(t('waiting.removeConfirm'))) return;
              await collectStore.deleteOutbox(item.id);
              notifyChanged();
            }}
          >
            {t('waiting.remove')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

const REFUSAL_CODES = ['invalid_answers', 'conflict', 'not_found', 'payload_too_large', 'bad_request'];

/** Why the server refused a response, in the reader's language; its own message only for a code unknown here. */
function refusalText(refused: { code: string; message: string }, t: TFunction<'surveyCollect'>): string {
  if (refused.code === 'survey_not_open') return t('form.notOpen');
  if (REFUSAL_CODES.includes(refused.code))
    return t(`waiting.refusedCodes.${refused.code}` as 'waiting.refusedCodes.conflict');
  return refused.message;
}
