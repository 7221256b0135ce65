import { Badge, Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type NewPlanResource,
  type PlanResource,
  type PlanResourceInput,
  plansApi,
} from '../../../api/plans';
import { ConfirmModal } from '../../../app/ConfirmModal';
import { STICKY_FIRST_CELL, WHOLE_BADGE_STYLES, WIDE_TABLE_SCROLL } from '../../../app/wideLayout';
import { useErrorText } from '../../assess/useErrorText';
import { useInvalidatePlans } from '../planQueries';
import { compareCodes } from './itemTree';
import { ResourceForm } from './ResourceForm';
import { usePlanLabels } from './usePlanLabels';

interface ResourcesPanelProps {
  slug: string;
  planId: string;
  startMonth: string;
  resources: PlanResource[];
  actors: { id: string; name: string }[];
  canWrite: boolean;
}

/** The plan's limited resources (experts, staff, budgets by funder) and what each can give per period. */
export function ResourcesPanel({
  slug,
  planId,
  startMonth,
  resources,
  actors,
  canWrite,
}: ResourcesPanelProps) {
  const { t } = useTranslation('portfolio');
  const labels = usePlanLabels();
  const errorMessage = useErrorText();
  const invalidate = useInvalidatePlans(slug);
  const narrow = useMediaQuery('(max-width: 48em)');
  const [editing, setEditing] = useState<PlanResource | 'new' | null>(null);
  const [deleting, setDeleting] = useState<PlanResource | null>(null);
  const actorNames = new Map(actors.map((actor) => [actor.id, actor.name]));

  const save = useMutation({
    mutationFn: (input: PlanResourceInput) =>
      editing && editing !== 'new'
        ? plansApi.updateResource(slug, planId, editing.id, input)
        : plansApi.createResource(slug, planId, input as NewPlanResource), // the form fills every required field
    onSuccess: async () => {
      setEditing(null);
      await invalidate();
      notifications.show({ color: 'green', message: t('resource.saved') });
    },
  });
  const remove = useMutation({
    mutationFn: (resource: PlanResource) => plansApi.removeResource(slug, planId, resource.id),
    onSuccess: async () => {
      setDeleting(null);
      await invalidate();
      notifications.show({ color: 'green', message: t('resource.deleted') });
    },
    onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
  });

  const capacityText = (resource: PlanResource) => {
    const values = resource.capacities.map((value) => labels.number(value));
    const shown = values.length > 6 ? [...values.slice(0, 6), '…'] : values;
    return t('resource.capacityList', {
      values: shown.join(' · '),
      unit: resource.currency ?? resource.unit,
      period: labels.period(resource.capacityPeriod),
    });
  };

  const sorted = [...resources].sort((a, b) => compareCodes(a.name, b.name));

  return (
    <Stack gap="sm" data-testid="resources-panel">
      <Group justify="space-between" align="flex-end">
        <Title order={3} size="h4">
          {t('resource.title')}
        </Title>
        {canWrite && (
          <Button
            size="sm"
            onClick={() => {
              save.reset();
              setEditing('new');
            }}
            data-testid="add-resource"
          >
            {t('resource.add')}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {t('resource.help')}
      </Text>
      {sorted.length === 0 ? (
        <Text c="dimmed">{canWrite ? t('resource.emptyWrite') : t('resource.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760} {...WIDE_TABLE_SCROLL}>
          <Table verticalSpacing="xs" striped data-testid="resources-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th style={STICKY_FIRST_CELL}>{t('resource.name')}</Table.Th>
                <Table.Th>{t('resource.kind')}</Table.Th>
                <Table.Th>{t('resource.funder')}</Table.Th>
                <Table.Th>{t('resource.limitKind')}</Table.Th>
                <Table.Th>{t('resource.capacity')}</Table.Th>
                {canWrite && <Table.Th>{t('form.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((resource) => (
                <Table.Tr key={resource.id} data-testid="resource-row">
                  <Table.Td style={STICKY_FIRST_CELL}>
                    <Text size="sm" fw={600}>
                      <bdi>{resource.name}</bdi>
                    </Text>
                    <Text size="xs" c="dimmed">
                      {resource.currency && resource.currency !== resource.unit
                        ? `${resource.unit} · ${resource.currency}`
                        : resource.unit}
                    </Text>
                  </Table.Td>
                  <Table.Td>{labels.resourceKind(resource.kind)}</Table.Td>
                  <Table.Td>
                    {resource.funderActorId ? (actorNames.get(resource.funderActorId) ?? '—') : '—'}
                  </Table.Td>
                  <Table.Td>
                    <Badge
                      variant="light"
                      color={resource.limitKind === 'total' ? 'grape' : 'blue'}
                      styles={WHOLE_BADGE_STYLES}
                    >
                      {labels.limitKind(resource.limitKind)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{capacityText(resource)}</Text>
                  </Table.Td>
                  {canWrite && (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          onClick={() => {
                            save.reset();
                            setEditing(resource);
                          }}
                          aria-label={t('form.editNamed', { name: resource.name })}
                        >
                          {t('form.edit')}
                        </Button>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          onClick={() => setDeleting(resource)}
                          aria-label={t('form.deleteNamed', { name: resource.name })}
                        >
                          {t('form.delete')}
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
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('resource.addTitle') : t('resource.editTitle')}
        size="lg"
        fullScreen={narrow}
      >
        {editing !== null && (
          <ResourceForm
            key={editing === 'new' ? 'new' : editing.id}
            resource={editing === 'new' ? null : editing}
            actors={actors}
            startMonth={startMonth}
            busy={save.isPending}
            error={save.error}
            onSubmit={(input) => save.mutate(input)}
            onCancel={() => setEditing(null)}
          />
        )}
      </Modal>
      <ConfirmModal
        opened={deleting !== null}
        title={t('resource.deleteTitle')}
        message={t('resource.deleteMessage', { name: deleting?.name ?? '' })}
        confirmLabel={t('form.delete')}
        busy={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}
