import { Alert, Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FormNode, SurveyForm } from '../../../../core/survey/types';
import type { AnswerProblem } from './formStateView';
import { textIn } from './formText';
import { problemText } from './problemText';
import { questionDomId } from './SurveyFormView';

function findNode(nodes: FormNode[], name: string): FormNode | undefined {
  for (const node of nodes) {
    if (node.name === name) return node;
    if (node.kind !== 'question') {
      const inner = findNode(node.children, name);
      if (inner) return inner;
    }
  }
  return undefined;
}

/** The question name a runtime path ends with (`members[1]/age` → `age`). */
export function nameOfPath(path: string): string {
  return (
    path
      .split(/[/.]/)
      .pop()
      ?.replace(/\[\d+\]$/, '') ?? path
  );
}

/** Every problem left in the form, each a link to its question. */
export function ProblemSummary(props: { form: SurveyForm; language: string; problems: AnswerProblem[] }) {
  const { form, language, problems } = props;
  const { t } = useTranslation('surveyCollect');
  if (problems.length === 0) return null;
  const go = (path: string) => {
    const target = document.getElementById(questionDomId(path));
    target?.scrollIntoView({ block: 'center' });
    (target?.matches('input, textarea, select') ? target : target?.querySelector('input, textarea, select'))
      ?.closest<HTMLElement>('input, textarea, select')
      ?.focus();
  };
  return (
    <Alert color="red" title={t('form.fixErrors')} role="alert" data-testid="problem-summary">
      <Text size="sm" mb="xs">
        {t('form.fixErrorsHint')}
      </Text>
      <List size="sm" spacing={4}>
        {problems.map((problem) => {
          const node = findNode(form.children, nameOfPath(problem.path));
          const label = (node && textIn(node.label, language, form)) || problem.path;
          const message =
            (problem.message && textIn(problem.message, language, form)) || problemText(problem, t);
          return (
            <List.Item key={`${problem.path}:${problem.code}`}>
              <Anchor
                component="button"
                type="button"
                onClick={() => go(problem.path)}
                ta="start"
                data-testid={`problem-${problem.path}`}
              >
                {label}
              </Anchor>
              {`: ${message}`}
            </List.Item>
          );
        })}
      </List>
    </Alert>
  );
}
