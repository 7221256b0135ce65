import { Alert, Button, Checkbox, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SodiumLib } from '../../../../core/integrity/crypto';
import type { MessageContent } from '../../../../core/integrity/types';
import { formatDateTime } from '../../../app/format';
import type { CaseMessage, CaseRecord, useCaseWrites } from '../integrityApi';
import { encryptCaseMessage, type Opened } from './openCase';
import { useErrorText } from './useErrorText';

/** Leaves room under the server's 64 KiB ciphertext limit for JSON, base64 and multi-byte text. */
const TEXT_MAX = 12_000;

type Visibility = 'conversation' | 'internal';

interface CaseMessagesProps {
  visibility: Visibility;
  record: CaseRecord;
  opened: ReadonlyMap<string, Opened<MessageContent>>;
  /** The report key (conversation) or the notes key (internal); null when the reader holds none. */
  messageKey: Uint8Array | null;
  sodium: SodiumLib;
  post: ReturnType<typeof useCaseWrites>['post'];
}

/**
 * The conversation with the whistle-blower (encrypted with the report key, which the whistle-blower
 * also holds) or the handlers' internal notes (the notes key): the thread, then the box to add to it.
 */
export function CaseMessages(props: CaseMessagesProps) {
  const { t } = useTranslation('integrity');
  const { visibility, record } = props;
  const internal = visibility === 'internal';
  const thread = record.messages.filter((message) => message.visibility === visibility);
  const closedToReplies = !internal && (record.status === 'closed' || record.purgedAt !== null);

  return (
    <Stack gap="sm">
      {thread.length === 0 && (
        <Text size="sm" c="dimmed">
          {internal ? t('case.notes.empty') : t('case.messages.empty')}
        </Text>
      )}
      {thread.map((message) => (
        <MessageItem
          key={message.id}
          message={message}
          opened={props.opened.get(message.id)}
          internal={internal}
        />
      ))}
      {!props.messageKey && <Alert color="yellow">{t('failure.no-key')}</Alert>}
      {closedToReplies && (
        <Text size="sm" c="dimmed">
          {t('case.messages.closed')}
        </Text>
      )}
      {props.messageKey && !closedToReplies && record.purgedAt === null && (
        <Composer {...props} messageKey={props.messageKey} />
      )}
    </Stack>
  );
}

function MessageItem({
  message,
  opened,
  internal,
}: {
  message: CaseMessage;
  opened: Opened<MessageContent> | undefined;
  internal: boolean;
}) {
  const { t } = useTranslation('integrity');
  const fromWhistleblower = message.author === 'whistleblower';
  const author = fromWhistleblower
    ? t('case.messages.whistleblower')
    : (message.authorName ?? t('case.messages.handler'));
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      bg={fromWhistleblower ? 'var(--mantine-color-blue-light)' : undefined}
      data-testid={internal ? 'case-note' : 'case-message'}
    >
      <Group justify="space-between" gap="xs">
        <Text size="xs" fw={600}>
          {author}
        </Text>
        <Text size="xs" c="dimmed">
          {formatDateTime(message.createdAt)}
        </Text>
      </Group>
      {opened?.ok ? (
        <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {opened.value.text}
        </Text>
      ) : (
        <Text size="sm" mt={4} c="red">
          {t(`failure.${opened?.failure ?? 'cannot-decrypt'}`)}
        </Text>
      )}
    </Paper>
  );
}

function Composer({
  visibility,
  record,
  messageKey,
  sodium,
  post,
}: CaseMessagesProps & { messageKey: Uint8Array }) {
  const { t } = useTranslation('integrity');
  const describeError = useErrorText();
  const [text, setText] = useState('');
  const [isFeedback, setIsFeedback] = useState(false);
  const internal = visibility === 'internal';

  const send = () => {
    const body = text.trim();
    if (!body) return;
    const ciphertext = encryptCaseMessage(sodium, messageKey, visibility, body);
    post.mutate(
      { visibility, ciphertext, ...(internal ? {} : { isFeedback }) },
      {
        onSuccess: () => {
          setText('');
          setIsFeedback(false);
        },
      },
    );
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <Stack gap="xs">
        <Textarea
          label={internal ? t('case.notes.add') : t('case.messages.reply')}
          description={internal ? t('case.notes.hint') : t('case.messages.hint')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          maxLength={TEXT_MAX}
          autosize
          minRows={3}
          data-testid={internal ? 'case-note-input' : 'case-reply'}
        />
        {!internal && (
          <Checkbox
            label={t('case.messages.isFeedback')}
            description={record.feedbackAt ? undefined : t('case.messages.isFeedbackHint')}
            checked={isFeedback}
            onChange={(event) => setIsFeedback(event.currentTarget.checked)}
            data-testid="case-feedback"
          />
        )}
        {post.isError && post.variables?.visibility === visibility && (
          <Alert color="red" role="alert">
            {describeError(post.error)}
          </Alert>
        )}
        <Group>
          <Button
            type="submit"
            loading={post.isPending && post.variables?.visibility === visibility}
            disabled={text.trim() === ''}
            data-testid={internal ? 'case-note-add' : 'case-send'}
          >
            {internal ? t('case.notes.save') : t('case.messages.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
