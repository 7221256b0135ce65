import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WHOLE_BADGE_STYLES, WIDE_TABLE_SCROLL } from '../../../app/wideLayout';
import { useErrorText } from '../../assess/useErrorText';
import {
  type ActionInput,
  coordinationApi,
  type FollowUpAction,
  formatDay,
  type Meeting,
  useInvalidateCoordination,
} from '../coordinationApi';
import type { Choice } from './MechanismForm';

function ActionForm(props: {
  institutions: Choice[];
  funders: Choice[];
  meetings: Meeting[];
  busy: boolean;
  error: unknown;
  onSubmit: (input: ActionInput) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation('coordination');
  const errorMessage = useErrorText();
  const [description, setDescription] = useState('');
  const [owner, setOwner] = useState<string | null>(null);
  const [dueDate, setDueDate] = useState('');
  const [meetingId, setMeetingId] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!description.trim()) return;
    props.onSubmit({
      description: description.trim(),
      ownerActorId: owner?.startsWith('actor:') ? owner.slice(6) : null,
      ownerFunderId: owner?.startsWith('funder:') ? owner.slice(7) : null,
      dueDate: dueDate || null,
      meetingId,
    });
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="xs">
        <TextInput
          label={t('actions.description')}
          required
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
        />
        <Select
          label={t('actions.owner')}
          clearable
          searchable
          data={[
            {
              group: t('actions.institutions'),
              items: props.institutions.map((c) => ({ value: `actor:${c.id}`, label: c.name })),
            },
            {
              group: t('actions.funders'),
              items: props.funders.map((c) => ({ value: `funder:${c.id}`, label: c.name })),
            },
          ]}
          value={owner}
          onChange={setOwner}
        />
        <TextInput
          type="date"
          label={t('actions.dueDate')}
          value={dueDate}
          onChange={(e) => setDueDate(e.currentTarget.value)}
        />
        {props.meetings.length > 0 && (
          <Select
            label={t('actions.meeting')}
            clearable
            data={props.meetings.map((m) => ({ value: m.id, label: formatDay(m.heldOn, i18n.language) }))}
            value={meetingId}
            onChange={setMeetingId}
          />
        )}
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

/** Follow-up actions with their owners and due dates; open ones can be marked done. */
export function ActionsSection(props: {
  slug: string;
  mechanismId: string;
  actions: FollowUpAction[];
  meetings: Meeting[];
  institutions: Choice[];
  funders: Choice[];
  nameOf: (id: string | null) => string;
  canWrite: boolean;
}) {
  const { t, i18n } = useTranslation('coordination');
  const errorMessage = useErrorText();
  const invalidate = useInvalidateCoordination(props.slug);
  const [adding, setAdding] = useState(false);
  const onError = (error: unknown) => notifications.show({ color: 'red', message: errorMessage(error) });
  const add = useMutation({
    mutationFn: (input: ActionInput) => coordinationApi.addAction(props.slug, props.mechanismId, input),
    onSuccess: async () => {
      setAdding(false);
      await invalidate();
    },
  });
  const setStatus = useMutation({
    mutationFn: (action: FollowUpAction) =>
      coordinationApi.updateAction(props.slug, action.id, {
        status: action.status === 'done' ? 'open' : 'done',
      }),
    onSuccess: invalidate,
    onError,
  });
  const remove = useMutation({
    mutationFn: (actionId: string) => coordinationApi.deleteAction(props.slug, actionId),
    onSuccess: invalidate,
    onError,
  });
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t('actions.title')}
        </Title>
        {props.canWrite && !adding && (
          <Button size="xs" variant="light" onClick={() => setAdding(true)}>
            {t('actions.add')}
          </Button>
        )}
      </Group>
      {adding && (
        <Card withBorder padding="sm">
          <ActionForm
            institutions={props.institutions}
            funders={props.funders}
            meetings={props.meetings}
            busy={add.isPending}
            error={add.error}
            onSubmit={(input) => add.mutate(input)}
            onCancel={() => setAdding(false)}
          />
        </Card>
      )}
      {props.actions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('actions.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={520} {...WIDE_TABLE_SCROLL}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('actions.description')}</Table.Th>
                <Table.Th>{t('actions.owner')}</Table.Th>
                <Table.Th>{t('actions.dueDate')}</Table.Th>
                <Table.Th>{t('actions.status')}</Table.Th>
                {props.canWrite && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {props.actions.map((action) => (
                <Table.Tr key={action.id} data-testid="follow-up-action">
                  <Table.Td>{action.description}</Table.Td>
                  <Table.Td>{props.nameOf(action.ownerActorId ?? action.ownerFunderId) || '–'}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {action.dueDate ? formatDay(action.dueDate, i18n.language) : '–'}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <Badge
                        variant="light"
                        color={action.status === 'done' ? 'green' : 'gray'}
                        styles={WHOLE_BADGE_STYLES}
                      >
                        {t(`actionStatus.${action.status}`)}
                      </Badge>
                      {action.overdue && (
                        <Badge color="red" variant="light" styles={WHOLE_BADGE_STYLES}>
                          {t('overdue')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  {props.canWrite && (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button size="compact-xs" variant="light" onClick={() => setStatus.mutate(action)}>
                          {action.status === 'done' ? t('actions.reopen') : t('actions.markDone')}
                        </Button>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          onClick={() => remove.mutate(action.id)}
                        >
                          {t('delete')}
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
