import type { WorkflowAction } from '../../../api/assessmentTypes';

/** The steps that ask first: each freezes scores or changes what others see. */
export const CONFIRMED_STEPS = ['submit', 'validate', 'publish', 'unpublish'] as const;
export type ConfirmedStep = (typeof CONFIRMED_STEPS)[number];

export function needsConfirmation(action: WorkflowAction): action is ConfirmedStep {
  return (CONFIRMED_STEPS as readonly string[]).includes(action);
}
