import type { FormNode, FormQuestion } from '../../../../core/survey/types';

/** Every question of a form, groups and repeats walked in order. */
export function allQuestions(nodes: readonly FormNode[]): FormQuestion[] {
  return nodes.flatMap((node) => (node.kind === 'question' ? [node] : allQuestions(node.children)));
}

/** Questions a respondent answers: notes and calculations are not counted. */
export function countQuestions(nodes: readonly FormNode[]): number {
  return allQuestions(nodes).filter((question) => question.type !== 'note' && question.type !== 'calculate')
    .length;
}

/** Top-level questions (outside repeats): the columns an analysis can use. */
export function analysisColumns(nodes: readonly FormNode[]): FormQuestion[] {
  return nodes.flatMap((node) =>
    node.kind === 'question' ? [node] : node.kind === 'group' ? analysisColumns(node.children) : [],
  );
}
