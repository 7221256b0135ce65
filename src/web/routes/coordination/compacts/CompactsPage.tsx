import { Badge, Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterAnchor } from '../../../app/RouterLinks';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { STICKY_FIRST_CELL, WHOLE_BADGE_STYLES, WIDE_TABLE_SCROLL } from '../../../app/wideLayout';
import { useErrorText } from '../../assess/useErrorText';
import { useCoordinationChoices } from '../choices';
import {
  type Commitment,
  type CommitmentInput,
  coordinationApi,
  coordinationKeys,
  formatDay,
  type Mechanism,
  useCoordinationAccess,
  useInvalidateCoordination,
  useMechanismsQuery,
  useRemindersQuery,
} from '../coordinationApi';
import { CommitmentForm } from './CommitmentForm';
import { RemindersList } from './RemindersList';

const STATUS_COLOUR = { pending: 'gray', in_progress: 'blue', met: 'green', missed: 'red' } as const;

type Editing = { compact: Mechanism; commitment: Commitment | null };

/** The compacts' mutual commitments (who, what, by when, benchmark, status, evidence), reminders first. */
export function CompactsPage() {
  const { t, i18n } = useTranslation('coordination');
  const errorMessage = useErrorText();
  const { slug, canWrite } = useCoordinationAccess();
  const choices = useCoordinationChoices(slug);
  const invalidate = useInvalidateCoordination(slug);
  const mechanisms = useMechanismsQuery(slug);
  const reminders = useRemindersQuery(slug);
  const compacts = (mechanisms.data?.mechanisms ?? []).filter((m) => m.kind === 'compact');
  const details = useQueries({
    queries: compacts.map((compact) => ({
      queryKey: coordinationKeys.mechanism(slug, compact.id),
      queryFn: () => coordinationApi.mechanism(slug, compact.id),
    })),
  });
  const [editing, setEditing] = useState<Editing | null>(null);
  const save = useMutation({
    mutationFn: ({ compact, commitment, input }: Editing & { input: CommitmentInput }) =>
      commitment
        ? coordinationApi.updateCommitment(slug, commitment.id, input)
        : coordinationApi.addCommitment(slug, compact.id, input),
    onSuccess: async () => {
      setEditing(null);
      await invalidate();
      notifications.show({ color: 'green', message: t('commitments.saved') });
    },
  });
  const remove = useMutation({
    mutationFn: (commitmentId: string) => coordinationApi.deleteCommitment(slug, commitmentId),
    onSuccess: invalidate,
    onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
  });

  if (mechanisms.isPending || reminders.isPending) return <PageLoader />;
  if (mechanisms.isError) return <ErrorAlert error={mechanisms.error} />;
  if (reminders.isError) return <ErrorAlert error={reminders.error} />;
  const who = (c: Commitment) =>
    `${t(`party.${c.party}`)}${c.actorId || c.funderId ? ` · ${choices.nameOf(c.actorId ?? c.funderId)}` : ''}`;
  const open = (next: Editing) => {
    save.reset();
    setEditing(next);
  };

  return (
    <Stack gap="lg">
      <RemindersList slug={slug} reminders={reminders.data} />
      {compacts.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('commitments.noCompact')}{' '}
          <RouterAnchor to="/w/$slug/coordinate/mechanisms" params={{ slug }} size="sm">
            {t('tabs.mechanisms')}
          </RouterAnchor>
        </Text>
      )}
      {compacts.map((compact, index) => {
        const detail = details[index];
        return (
          <Stack key={compact.id} gap="xs" data-testid="compact">
            <Group justify="space-between">
              <RouterAnchor
                to="/w/$slug/coordinate/mechanisms/$mechanismId"
                params={{ slug, mechanismId: compact.id }}
              >
                <Title order={2} size="h4">
                  {compact.name}
                </Title>
              </RouterAnchor>
              {canWrite && (
                <Button size="xs" variant="light" onClick={() => open({ compact, commitment: null })}>
                  {t('commitments.add')}
                </Button>
              )}
            </Group>
            {detail?.isError && <ErrorAlert error={detail.error} />}
            {detail?.data && detail.data.commitments.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('commitments.empty')}
              </Text>
            )}
            {detail?.data && detail.data.commitments.length > 0 && (
              <Table.ScrollContainer minWidth={720} {...WIDE_TABLE_SCROLL}>
                <Table striped withTableBorder>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th style={STICKY_FIRST_CELL}>{t('commitments.commitment')}</Table.Th>
                      <Table.Th>{t('commitments.who')}</Table.Th>
                      <Table.Th>{t('commitments.dueDate')}</Table.Th>
                      <Table.Th>{t('commitments.benchmark')}</Table.Th>
                      <Table.Th>{t('commitments.status')}</Table.Th>
                      <Table.Th>{t('commitments.evidence')}</Table.Th>
                      {canWrite && <Table.Th />}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {detail.data.commitments.map((c) => (
                      <Table.Tr key={c.id} data-testid="commitment">
                        <Table.Td style={STICKY_FIRST_CELL}>{c.commitment}</Table.Td>
                        <Table.Td>{who(c)}</Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          {formatDay(c.dueDate, i18n.language)}
                        </Table.Td>
                        <Table.Td>{c.benchmark ?? '–'}</Table.Td>
                        <Table.Td>
                          <Group gap={4}>
                            <Badge
                              color={STATUS_COLOUR[c.status]}
                              variant="light"
                              styles={WHOLE_BADGE_STYLES}
                            >
                              {t(`commitmentStatus.${c.status}`)}
                            </Badge>
                            {c.overdue && (
                              <Badge color="red" styles={WHOLE_BADGE_STYLES} data-testid="commitment-overdue">
                                {t('overdue')}
                              </Badge>
                            )}
                          </Group>
                        </Table.Td>
                        <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{c.evidence ?? '–'}</Table.Td>
                        {canWrite && (
                          <Table.Td>
                            <Group gap={4} wrap="nowrap">
                              <Button
                                size="compact-xs"
                                variant="light"
                                onClick={() => open({ compact, commitment: c })}
                              >
                                {t('commitments.update')}
                              </Button>
                              <Button
                                size="compact-xs"
                                variant="subtle"
                                color="red"
                                onClick={() => remove.mutate(c.id)}
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
      })}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.commitment ? t('commitments.update') : t('commitments.add')}
        size="lg"
      >
        {editing && (
          <CommitmentForm
            commitment={editing.commitment}
            institutions={choices.institutions}
            funders={choices.funders}
            busy={save.isPending}
            error={save.error}
            onSubmit={(input) => save.mutate({ ...editing, input })}
            onCancel={() => setEditing(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}
