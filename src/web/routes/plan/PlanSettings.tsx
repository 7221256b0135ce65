import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Plan, plansApi } from '../../api/plans';
import { ConfirmModal } from '../../app/ConfirmModal';
import { fieldErrorOf } from '../../app/errors';
import { useErrorText } from '../assess/useErrorText';
import { HorizonInput, PlanNameFields } from './PlanFields';
import { useInvalidatePlans, usePlanPermissions } from './planQueries';

const FIELDS = ['name', 'description', 'horizonMonths'] as const;

/**
 * Rename a plan, describe it or change its horizon (editors), and delete it with everything in it
 * (those who may approve plans). The start month stays: schedules, baselines and scenario comparisons
 * count months from it.
 */
export function PlanSettings({ plan }: { plan: Plan }) {
  const { t } = useTranslation('plan');
  const { slug, canWrite, canApprove } = usePlanPermissions();
  const navigate = useNavigate();
  const invalidate = useInvalidatePlans(slug);
  const errorMessage = useErrorText();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [name, setName] = useState(plan.name);
  const [description, setDescription] = useState(plan.description ?? '');
  const [horizon, setHorizon] = useState<number | string>(plan.horizonMonths);
  const [missingName, setMissingName] = useState(false);

  const save = useMutation({
    mutationFn: () =>
      plansApi.update(slug, plan.id, {
        name: name.trim(),
        description: description.trim() || null,
        horizonMonths: Number(horizon),
      }),
    onSuccess: async () => {
      await invalidate();
      setEditing(false);
      notifications.show({ color: 'green', message: t('settings.saved') });
    },
  });
  const remove = useMutation({
    mutationFn: () => plansApi.remove(slug, plan.id),
    onSuccess: async () => {
      setDeleting(false);
      await navigate({ to: '/w/$slug/plan', params: { slug } });
      await invalidate();
      notifications.show({ color: 'green', message: t('settings.deleted', { name: plan.name }) });
    },
  });
  const fieldError = fieldErrorOf(save.error, FIELDS);

  const open = () => {
    setName(plan.name);
    setDescription(plan.description ?? '');
    setHorizon(plan.horizonMonths);
    setMissingName(false);
    save.reset();
    setEditing(true);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissingName(name.trim() === '');
    if (name.trim() !== '') save.mutate();
  };

  if (!canWrite && !canApprove) return null;
  return (
    <Group gap="xs">
      {canWrite && (
        <Button size="xs" variant="default" onClick={open} data-testid="plan-edit">
          {t('settings.edit')}
        </Button>
      )}
      {canApprove && (
        <Button
          size="xs"
          variant="subtle"
          color="red"
          onClick={() => setDeleting(true)}
          data-testid="plan-delete"
        >
          {t('settings.delete')}
        </Button>
      )}
      <Modal opened={editing} onClose={() => setEditing(false)} title={t('settings.title')}>
        <form onSubmit={submit} noValidate data-testid="plan-settings-form">
          <Stack gap="sm">
            <PlanNameFields
              name={name}
              onName={setName}
              nameError={
                missingName ? t('create.nameRequired') : fieldError?.field === 'name' && fieldError.message
              }
              description={description}
              onDescription={setDescription}
              descriptionError={fieldError?.field === 'description' && fieldError.message}
              nameTestId="plan-settings-name"
            />
            <HorizonInput
              value={horizon}
              onChange={setHorizon}
              error={fieldError?.field === 'horizonMonths' && fieldError.message}
            />
            {save.isError && !fieldError && (
              <Alert color="red" role="alert">
                {errorMessage(save.error)}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setEditing(false)}>
                {t('create.cancel')}
              </Button>
              <Button type="submit" loading={save.isPending} data-testid="plan-settings-save">
                {t('settings.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      <ConfirmModal
        opened={deleting}
        title={t('settings.deleteTitle', { name: plan.name })}
        message={
          remove.isError
            ? errorMessage(remove.error)
            : t(plan.scenarioOf ? 'settings.deleteScenarioMessage' : 'settings.deleteMessage')
        }
        confirmLabel={t('settings.delete')}
        busy={remove.isPending}
        onConfirm={() => remove.mutate()}
        onClose={() => setDeleting(false)}
      />
    </Group>
  );
}
