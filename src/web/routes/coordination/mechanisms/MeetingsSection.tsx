import { Alert, Button, Card, Group, List, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../assess/useErrorText';
import {
  coordinationApi,
  formatDay,
  type Meeting,
  type MeetingInput,
  useInvalidateCoordination,
} from '../coordinationApi';

function MeetingForm(props: {
  busy: boolean;
  error: unknown;
  onSubmit: (input: MeetingInput) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('coordination');
  const errorMessage = useErrorText();
  const [heldOn, setHeldOn] = useState('');
  const [summary, setSummary] = useState('');
  const [decisions, setDecisions] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!heldOn) return;
    props.onSubmit({
      heldOn,
      summary: summary.trim() || null,
      decisions: decisions
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    });
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="xs">
        <TextInput
          type="date"
          label={t('meetings.heldOn')}
          required
          value={heldOn}
          onChange={(e) => setHeldOn(e.currentTarget.value)}
        />
        <Textarea
          label={t('meetings.summary')}
          autosize
          minRows={2}
          value={summary}
          onChange={(e) => setSummary(e.currentTarget.value)}
        />
        <Textarea
          label={t('meetings.decisions')}
          description={t('meetings.decisionsHelp')}
          autosize
          minRows={2}
          value={decisions}
          onChange={(e) => setDecisions(e.currentTarget.value)}
        />
        {props.error != null && <Alert color="red">{errorMessage(props.error)}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            {t('cancel')}
          </Button>
          <Button type="submit" loading={props.busy}>
            {t('save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The mechanism's meetings, newest first, each with its decisions. */
export function MeetingsSection(props: {
  slug: string;
  mechanismId: string;
  meetings: Meeting[];
  canWrite: boolean;
}) {
  const { t, i18n } = useTranslation('coordination');
  const errorMessage = useErrorText();
  const invalidate = useInvalidateCoordination(props.slug);
  const [adding, setAdding] = useState(false);
  const add = useMutation({
    mutationFn: (input: MeetingInput) => coordinationApi.addMeeting(props.slug, props.mechanismId, input),
    onSuccess: async () => {
      setAdding(false);
      await invalidate();
      notifications.show({ color: 'green', message: t('meetings.saved') });
    },
  });
  const remove = useMutation({
    mutationFn: (meetingId: string) => coordinationApi.deleteMeeting(props.slug, meetingId),
    onSuccess: invalidate,
    onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
  });
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t('meetings.title')}
        </Title>
        {props.canWrite && !adding && (
          <Button size="xs" variant="light" onClick={() => setAdding(true)}>
            {t('meetings.add')}
          </Button>
        )}
      </Group>
      {adding && (
        <Card withBorder padding="sm">
          <MeetingForm
            busy={add.isPending}
            error={add.error}
            onSubmit={(input) => add.mutate(input)}
            onCancel={() => setAdding(false)}
          />
        </Card>
      )}
      {props.meetings.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('meetings.empty')}
        </Text>
      )}
      {props.meetings.map((meeting) => (
        <Card key={meeting.id} withBorder padding="sm" data-testid="meeting">
          <Stack gap={4}>
            <Group justify="space-between">
              <Text fw={600}>{formatDay(meeting.heldOn, i18n.language)}</Text>
              {props.canWrite && (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="red"
                  onClick={() => remove.mutate(meeting.id)}
                >
                  {t('delete')}
                </Button>
              )}
            </Group>
            {meeting.summary && <Text size="sm">{meeting.summary}</Text>}
            {meeting.decisions.length > 0 && (
              <>
                <Text size="xs" fw={600}>
                  {t('meetings.decisions')}
                </Text>
                <List size="sm">
                  {meeting.decisions.map((decision, index) => (
                    // decisions are an ordered list of plain text; their place is their identity
                    // biome-ignore lint/suspicious/noArrayIndexKey: see above
                    <List.Item key={index}>{decision}</List.Item>
                  ))}
                </List>
              </>
            )}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
