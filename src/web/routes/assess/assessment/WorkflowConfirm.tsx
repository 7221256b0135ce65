import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMembersQuery } from '../assessQueries';
import type { ConfirmedStep } from './confirmedSteps';
import { SubmitWarnings } from './SubmitWarnings';

interface WorkflowConfirmProps {
  slug: string;
  assessmentId: string;
  step: ConfirmedStep | null;
  color: string;
  busy: boolean;
  onConfirm: (step: ConfirmedStep) => void;
  onClose: () => void;
}

/** Says what the step will do before it is taken; cancelling changes nothing. */
export function WorkflowConfirm({
  slug,
  assessmentId,
  step,
  color,
  busy,
  onConfirm,
  onClose,
}: WorkflowConfirmProps) {
  const { t } = useTranslation('assess');
  const { t: tCommon } = useTranslation();
  return (
    <Modal
      opened={step !== null}
      onClose={onClose}
      title={step ? t(`workflow.confirm.${step}.title`) : ''}
      centered
      size="lg"
    >
      {step && (
        <Stack gap="sm" data-testid={`confirm-${step}`}>
          <StepConsequence slug={slug} step={step} />
          {step === 'submit' && <SubmitWarnings slug={slug} assessmentId={assessmentId} />}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose} disabled={busy}>
              {tCommon('common.cancel')}
            </Button>
            <Button
              color={color}
              loading={busy}
              onClick={() => onConfirm(step)}
              data-testid={`confirm-${step}-button`}
            >
              {t(`workflow.${step}`)}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

/** Publishing names how many people will see it; the other steps say what they freeze or undo. */
function StepConsequence({ slug, step }: { slug: string; step: ConfirmedStep }) {
  const { t } = useTranslation('assess');
  const members = useMembersQuery(slug);
  const text =
    step === 'publish' && members.data
      ? t('workflow.confirm.publish.body', {
          members: t('workflow.confirm.publish.members', { count: members.data.members.length }),
        })
      : t(`workflow.confirm.${step}.${step === 'publish' ? 'bodyUncounted' : 'body'}`);
  return <Text size="sm">{text}</Text>;
}
