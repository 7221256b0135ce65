import { Badge, Button, Card, Group, Modal, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MECHANISM_KINDS } from '../../../../core/coordination/compacts';
import { RouterAnchor } from '../../../app/RouterLinks';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { WHOLE_BADGE_STYLES } from '../../../app/wideLayout';
import { useCoordinationChoices } from '../choices';
import {
  coordinationApi,
  type MechanismInput,
  useCoordinationAccess,
  useInvalidateCoordination,
  useMechanismsQuery,
} from '../coordinationApi';
import { MechanismForm } from './MechanismForm';

/** The coordination mechanisms by kind, each opening on its members, meetings and actions. */
export function MechanismsPage() {
  const { t } = useTranslation('coordination');
  const { slug, canWrite } = useCoordinationAccess();
  const navigate = useNavigate();
  const mechanisms = useMechanismsQuery(slug);
  const choices = useCoordinationChoices(slug);
  const invalidate = useInvalidateCoordination(slug);
  const [creating, setCreating] = useState(false);
  const create = useMutation({
    mutationFn: (input: MechanismInput) => coordinationApi.createMechanism(slug, input),
    onSuccess: async ({ mechanism }) => {
      setCreating(false);
      await invalidate();
      notifications.show({ color: 'green', message: t('mechanisms.saved') });
      void navigate({
        to: '/w/$slug/coordinate/mechanisms/$mechanismId',
        params: { slug, mechanismId: mechanism.id },
      });
    },
  });

  if (mechanisms.isPending) return <PageLoader />;
  if (mechanisms.isError) return <ErrorAlert error={mechanisms.error} />;
  const list = mechanisms.data.mechanisms;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('mechanisms.intro')}
        </Text>
        {canWrite && (
          <Button
            onClick={() => {
              create.reset();
              setCreating(true);
            }}
          >
            {t('mechanisms.add')}
          </Button>
        )}
      </Group>
      {list.length === 0 && (
        <Text size="sm" c="dimmed">
          {canWrite ? t('mechanisms.emptyWriter') : t('mechanisms.emptyReader')}
        </Text>
      )}
      {MECHANISM_KINDS.map((kind) => {
        const ofKind = list.filter((m) => m.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <Stack key={kind} gap="xs">
            <Title order={2} size="h4">
              {t(`kinds.${kind}`)}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
              {ofKind.map((m) => (
                <Card key={m.id} withBorder padding="sm" data-testid="mechanism-card">
                  <Stack gap={4}>
                    <RouterAnchor
                      to="/w/$slug/coordinate/mechanisms/$mechanismId"
                      params={{ slug, mechanismId: m.id }}
                    >
                      <Text fw={600}>{m.name}</Text>
                    </RouterAnchor>
                    <Text size="xs" c="dimmed">
                      {t('mechanisms.counts', {
                        funders: m.memberFunderIds.length,
                        institutions: m.memberActorIds.length,
                        meetings: m.meetingCount,
                      })}
                    </Text>
                    <Group gap="xs">
                      {m.openActionCount > 0 && (
                        <Badge variant="light" styles={WHOLE_BADGE_STYLES}>
                          {t('mechanisms.openActions', { count: m.openActionCount })}
                        </Badge>
                      )}
                      {m.overdueCount > 0 && (
                        <Badge color="red" variant="light" styles={WHOLE_BADGE_STYLES}>
                          {t('overdueCount', { count: m.overdueCount })}
                        </Badge>
                      )}
                    </Group>
                  </Stack>
                </Card>
              ))}
            </SimpleGrid>
          </Stack>
        );
      })}
      <Modal opened={creating} onClose={() => setCreating(false)} title={t('mechanisms.add')} size="lg">
        {creating && (
          <MechanismForm
            mechanism={null}
            funders={choices.funders}
            institutions={choices.institutions}
            areas={choices.areas}
            busy={create.isPending}
            error={create.error}
            onSubmit={(input) => create.mutate(input)}
            onCancel={() => setCreating(false)}
          />
        )}
      </Modal>
    </Stack>
  );
}
