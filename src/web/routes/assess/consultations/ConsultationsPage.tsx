import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assessApi, assessKeys } from '../../../api/assessments';
import type { Consultation, ConsultationInput } from '../../../api/assessmentTypes';
import { ConfirmModal } from '../../../app/ConfirmModal';
import { formatDate } from '../../../app/format';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { useAssessmentsQuery, useRefreshAssess } from '../assessQueries';
import { useAssessPermissions } from '../useAssessPermissions';
import { useErrorText } from '../useErrorText';
import { ConsultationCard } from './ConsultationCard';
import { ConsultationForm } from './ConsultationForm';

type Editing = { mode: 'create' } | { mode: 'edit'; consultation: Consultation } | null;

/** Consultations held with the public and stakeholders, who took part, and what they said. */
export function ConsultationsPage() {
  const { t } = useTranslation('assess');
  const errorMessage = useErrorText();
  const { slug, canConsult } = useAssessPermissions();
  const consultations = useQuery({
    queryKey: assessKeys.consultations(slug),
    queryFn: () => assessApi.listConsultations(slug),
  });
  const assessments = useAssessmentsQuery(slug);
  const refresh = useRefreshAssess(slug);
  const narrow = useMediaQuery('(max-width: 48em)');
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Consultation | null>(null);

  const save = useMutation({
    mutationFn: (input: ConsultationInput) =>
      editing?.mode === 'edit'
        ? assessApi.updateConsultation(slug, editing.consultation.id, input)
        : assessApi.createConsultation(slug, input),
    onSuccess: async () => {
      const created = editing?.mode === 'create';
      setEditing(null);
      await refresh();
      notifications.show({
        color: 'green',
        message: t(created ? 'consultations.created' : 'consultations.updated'),
      });
    },
  });
  const remove = useMutation({
    mutationFn: (consultation: Consultation) => assessApi.deleteConsultation(slug, consultation.id),
    onSuccess: async () => {
      setDeleting(null);
      await refresh();
      notifications.show({ color: 'green', message: t('consultations.deleted') });
    },
    onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
  });
  const open = (next: Editing) => {
    save.reset();
    setEditing(next);
  };
  const assessmentList = assessments.data?.assessments ?? [];
  const assessmentsById = new Map(assessmentList.map((assessment) => [assessment.id, assessment]));

  return (
    <Stack gap="sm">
      <Group justify="space-between" gap="sm">
        <Text size="sm" c="dimmed">
          {t('consultations.help')}
        </Text>
        {canConsult && (
          <Button onClick={() => open({ mode: 'create' })} data-testid="add-consultation">
            {t('consultations.add')}
          </Button>
        )}
      </Group>
      {consultations.isPending && <PageLoader />}
      {consultations.isError && <ErrorAlert error={consultations.error} />}
      {consultations.data?.consultations.length === 0 && <Text c="dimmed">{t('consultations.empty')}</Text>}
      {consultations.data?.consultations.map((consultation) => (
        <ConsultationCard
          key={consultation.id}
          slug={slug}
          consultation={consultation}
          assessments={assessmentsById}
          canWrite={canConsult}
          onEdit={() => open({ mode: 'edit', consultation })}
          onDelete={() => setDeleting(consultation)}
        />
      ))}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={t(editing?.mode === 'edit' ? 'consultations.editTitle' : 'consultations.addTitle')}
        size="xl"
        fullScreen={narrow}
      >
        {editing && (
          <ConsultationForm
            slug={slug}
            initial={editing.mode === 'edit' ? editing.consultation : undefined}
            assessments={assessmentList}
            submitLabel={t(editing.mode === 'edit' ? 'common.save' : 'consultations.add')}
            busy={save.isPending}
            error={save.error}
            onSubmit={(input) => save.mutate(input)}
            onCancel={() => setEditing(null)}
          />
        )}
      </Modal>
      <ConfirmModal
        opened={deleting !== null}
        title={t('consultations.deleteTitle')}
        message={t('consultations.deleteMessage', {
          place: deleting?.place ?? '',
          date: deleting ? formatDate(deleting.heldOn) : '',
        })}
        confirmLabel={t('common.delete')}
        busy={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}
