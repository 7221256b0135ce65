import { Alert, Button, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assessApi } from '../../../api/assessments';
import type { Assessment, WorkflowAction } from '../../../api/assessmentTypes';
import { useRefreshAssess } from '../assessQueries';
import { useErrorText } from '../useErrorText';
import { type ConfirmedStep, needsConfirmation } from './confirmedSteps';
import type { Standing } from './standing';
import { WorkflowConfirm } from './WorkflowConfirm';

type Step = WorkflowAction | 'baseline';

const COLORS: Record<WorkflowAction, string> = {
  submit: 'indigo',
  return: 'orange',
  validate: 'green',
  publish: 'indigo',
  unpublish: 'orange',
};

interface WorkflowActionsProps {
  slug: string;
  assessment: Assessment;
  standing: Standing;
}

/**
 * The workflow steps open to the user; those that freeze scores or change what others see ask
 * first. A refusal shows the server's reason.
 */
export function WorkflowActions({ slug, assessment, standing }: WorkflowActionsProps) {
  const { t } = useTranslation('assess');
  const errorMessage = useErrorText();
  const refresh = useRefreshAssess(slug);
  const [asking, setAsking] = useState<ConfirmedStep | null>(null);
  const step = useMutation({
    mutationFn: (next: Step) =>
      next === 'baseline'
        ? assessApi.setBaseline(slug, assessment.id, !assessment.isBaseline)
        : assessApi.transition(slug, assessment.id, next),
    onSettled: () => setAsking(null),
    onSuccess: async (_result, next) => {
      await refresh();
      const done = next === 'baseline' ? (assessment.isBaseline ? 'unbaseline' : 'baseline') : next;
      notifications.show({ color: 'green', message: t(`workflow.done.${done}`) });
    },
  });
  if (standing.actions.length === 0 && !standing.canSetBaseline) return null;

  return (
    <Stack gap="xs">
      <Group gap="xs">
        {standing.actions.map((action) => (
          <Button
            key={action}
            color={COLORS[action]}
            variant={action === 'return' || action === 'unpublish' ? 'light' : 'filled'}
            loading={step.isPending && step.variables === action}
            disabled={step.isPending}
            onClick={() => (needsConfirmation(action) ? setAsking(action) : step.mutate(action))}
            data-testid={`action-${action}`}
          >
            {t(`workflow.${action}`)}
          </Button>
        ))}
        {standing.canSetBaseline && (
          <Button
            variant="outline"
            color="teal"
            loading={step.isPending && step.variables === 'baseline'}
            disabled={step.isPending}
            onClick={() => step.mutate('baseline')}
            data-testid="action-baseline"
          >
            {t(assessment.isBaseline ? 'workflow.unbaseline' : 'workflow.baseline')}
          </Button>
        )}
      </Group>
      <WorkflowConfirm
        slug={slug}
        assessmentId={assessment.id}
        step={asking}
        color={asking ? COLORS[asking] : 'indigo'}
        busy={step.isPending}
        onConfirm={(confirmed) => step.mutate(confirmed)}
        onClose={() => setAsking(null)}
      />
      {step.isError && (
        <Alert color="red" role="alert" title={t('workflow.refused')} data-testid="workflow-error">
          {errorMessage(step.error)}
        </Alert>
      )}
    </Stack>
  );
}
