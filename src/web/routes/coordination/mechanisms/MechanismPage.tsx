import { Badge, Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../app/ConfirmModal';
import { RouterAnchor } from '../../../app/RouterLinks';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { WHOLE_BADGE_STYLES } from '../../../app/wideLayout';
import { useErrorText } from '../../assess/useErrorText';
import { useCoordinationChoices } from '../choices';
import {
  coordinationApi,
  coordinationKeys,
  type MechanismInput,
  useCoordinationAccess,
  useInvalidateCoordination,
} from '../coordinationApi';
import { ActionsSection } from './ActionsSection';
import { MechanismForm } from './MechanismForm';
import { MeetingsSection } from './MeetingsSection';

function Names({ label, names }: { label: string; names: string[] }) {
  const { t } = useTranslation('coordination');
  return (
    <Stack gap={2}>
      <Text size="xs" fw={600}>
        {label}
      </Text>
      {names.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('none')}
        </Text>
      ) : (
        <Group gap={4}>
          {names.map((name) => (
            <Badge key={name} variant="outline" styles={WHOLE_BADGE_STYLES}>
              {name}
            </Badge>
          ))}
        </Group>
      )}
    </Stack>
  );
}

/** One mechanism: members, terms of reference, what it covers, meetings with decisions, follow-up actions. */
export function MechanismPage() {
  const { t } = useTranslation('coordination');
  const errorMessage = useErrorText();
  const { mechanismId } = useParams({ from: '/signed-in/w/$slug/coordinate/mechanisms/$mechanismId' });
  const { slug, canWrite } = useCoordinationAccess();
  const navigate = useNavigate();
  const choices = useCoordinationChoices(slug);
  const invalidate = useInvalidateCoordination(slug);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const detail = useQuery({
    queryKey: coordinationKeys.mechanism(slug, mechanismId),
    queryFn: () => coordinationApi.mechanism(slug, mechanismId),
  });
  const save = useMutation({
    mutationFn: (input: MechanismInput) => coordinationApi.updateMechanism(slug, mechanismId, input),
    onSuccess: async () => {
      setEditing(false);
      await invalidate();
      notifications.show({ color: 'green', message: t('mechanisms.saved') });
    },
  });
  const remove = useMutation({
    mutationFn: () => coordinationApi.deleteMechanism(slug, mechanismId),
    onSuccess: async () => {
      await invalidate();
      void navigate({ to: '/w/$slug/coordinate/mechanisms', params: { slug } });
    },
    onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
  });

  if (detail.isPending) return <PageLoader />;
  if (detail.isError) return <ErrorAlert error={detail.error} />;
  const { mechanism, meetings, actions, commitments } = detail.data;

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <RouterAnchor to="/w/$slug/coordinate/mechanisms" params={{ slug }} size="sm">
          {t('mechanisms.back')}
        </RouterAnchor>
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Title order={2} size="h3">
              {mechanism.name}
            </Title>
            <Text size="sm" c="dimmed">
              {t(`kinds.${mechanism.kind}`)}
            </Text>
          </Stack>
          {canWrite && (
            <Group gap="xs">
              <Button
                variant="light"
                onClick={() => {
                  save.reset();
                  setEditing(true);
                }}
              >
                {t('edit')}
              </Button>
              <Button variant="subtle" color="red" onClick={() => setDeleting(true)}>
                {t('delete')}
              </Button>
            </Group>
          )}
        </Group>
      </Stack>
      <Stack gap="sm">
        <Names label={t('mechanisms.memberFunders')} names={mechanism.memberFunderIds.map(choices.nameOf)} />
        <Names
          label={t('mechanisms.memberInstitutions')}
          names={mechanism.memberActorIds.map(choices.nameOf)}
        />
        <Names label={t('mechanisms.areas')} names={mechanism.planItemIds.map(choices.nameOf)} />
        <Names label={t('mechanisms.purposeCodes')} names={mechanism.purposeCodes} />
        {mechanism.poolFunderId && (
          <Names label={t('mechanisms.poolFunder')} names={[choices.nameOf(mechanism.poolFunderId)]} />
        )}
        <Stack gap={2}>
          <Text size="xs" fw={600}>
            {t('mechanisms.terms')}
          </Text>
          <Text
            size="sm"
            style={{ whiteSpace: 'pre-wrap' }}
            c={mechanism.termsOfReference ? undefined : 'dimmed'}
          >
            {mechanism.termsOfReference ?? t('none')}
          </Text>
        </Stack>
        {mechanism.kind === 'compact' && (
          <RouterAnchor to="/w/$slug/coordinate/compacts" params={{ slug }} size="sm">
            {t('mechanisms.seeCommitments', { count: commitments.length })}
          </RouterAnchor>
        )}
      </Stack>
      <MeetingsSection slug={slug} mechanismId={mechanism.id} meetings={meetings} canWrite={canWrite} />
      <ActionsSection
        slug={slug}
        mechanismId={mechanism.id}
        actions={actions}
        meetings={meetings}
        institutions={choices.institutions}
        funders={choices.funders}
        nameOf={choices.nameOf}
        canWrite={canWrite}
      />
      <Modal opened={editing} onClose={() => setEditing(false)} title={t('mechanisms.edit')} size="lg">
        {editing && (
          <MechanismForm
            mechanism={mechanism}
            funders={choices.funders}
            institutions={choices.institutions}
            areas={choices.areas}
            busy={save.isPending}
            error={save.error}
            onSubmit={(input) => save.mutate(input)}
            onCancel={() => setEditing(false)}
          />
        )}
      </Modal>
      <ConfirmModal
        opened={deleting}
        title={t('mechanisms.delete')}
        message={t('mechanisms.deleteMessage', { name: mechanism.name })}
        confirmLabel={t('mechanisms.delete')}
        busy={remove.isPending}
        onConfirm={() => remove.mutate()}
        onClose={() => setDeleting(false)}
      />
    </Stack>
  );
}
