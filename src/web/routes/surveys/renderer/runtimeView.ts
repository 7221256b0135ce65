import { useMemo } from 'react';
import type { FormState } from '../../../../core/survey/runtime';
import { defaultsFor, formState, validateSubmission } from '../../../../core/survey/runtime';
import type { Answers, FormNode, SurveyForm } from '../../../../core/survey/types';
import type { RepeatScope } from './answersAt';
import type { FormStateView, NodeView } from './formStateView';

/** The runtime's path of a node: `name`, or `household[0]/name` inside a repeat instance. */
export function runtimePath(scope: RepeatScope, name: string): string {
  return `${scope.map(({ repeat, index }) => `${repeat}[${index}]/`).join('')}${name}`;
}

const HIDDEN: NodeView = { relevant: false, required: false, value: null, choices: null, error: null };

/** Drops, in place, the answers of questions that are not relevant (ODK clears them when they hide). */
function dropHidden(state: FormState, nodes: FormNode[], scope: RepeatScope, answers: Answers): void {
  for (const node of nodes) {
    const here = state.nodes[runtimePath(scope, node.name)];
    if (node.kind === 'group') dropHidden(state, node.children, scope, answers);
    else if (here && !here.relevant) delete answers[node.name];
    else if (node.kind === 'repeat') {
      const instances = answers[node.name];
      if (!Array.isArray(instances)) continue;
      instances.forEach((instance, index) => {
        dropHidden(state, node.children, [...scope, { repeat: node.name, index }], instance);
      });
    }
  }
}

/** The renderer's view of the form runtime's state for `answers` (see core/survey/runtime). */
export function buildFormStateView(form: SurveyForm, answers: Answers, today: string): FormStateView {
  const state = formState(form, answers, { today });
  // the state's answers are its own copy: pruning them touches nothing else
  dropHidden(state, form.children, [], state.answers);
  return {
    node: (scope, name) => {
      const node = state.nodes[runtimePath(scope, name)];
      if (!node) return HIDDEN;
      const { relevant, required, value, choices, error } = node;
      return { relevant, required, value, choices, error };
    },
    pathOf: runtimePath,
    repeatCount: (scope, name) => {
      const node = state.nodes[runtimePath(scope, name)];
      const fixed = node?.node.kind === 'repeat' && (node.node.repeatCount ?? '').trim() !== '';
      return fixed ? (node.instances ?? 0) : null;
    },
    problems: state.errors,
    answers: state.answers,
  };
}

export function useFormStateView(form: SurveyForm, answers: Answers, today: string): FormStateView {
  return useMemo(() => buildFormStateView(form, answers, today), [form, answers, today]);
}

/** The answers a new response starts with: the form's defaults and calculations. */
export function startingAnswers(form: SurveyForm, today: string): Answers {
  return defaultsFor(form, { today });
}

/** The answers as the server will keep them (the same check the server runs on receipt). */
export function submittedAnswers(form: SurveyForm, answers: Answers, today: string): Answers {
  return validateSubmission(form, answers, { today }).answers;
}
