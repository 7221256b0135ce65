import { Button, Fieldset, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers, AnswerValue, FormGroup, FormNode, SurveyForm } from '../../../../core/survey/types';
import { instancesOf, type RepeatScope, withAnswer, withInstances } from './answersAt';
import type { FormStateView } from './formStateView';
import { directionOfFormLanguage, textIn } from './formText';
import { QuestionField } from './QuestionField';

export interface SurveyFormViewProps {
  form: SurveyForm;
  /** The answers as entered (the runtime's state is computed from them). */
  answers: Answers;
  state: FormStateView;
  /** A form language key (see `formLanguageFor`). */
  language: string;
  onChange(answers: Answers): void;
  readOnly?: boolean;
  /** Show every problem, not only those of the questions already left (after an attempt to finish). */
  showAllProblems?: boolean;
}

/** The DOM id of a question, so the problem summary can link to it. */
export function questionDomId(path: string): string {
  return `q-${path.replace(/[^\w-]/g, '_')}`;
}

/**
 * A form as the respondent sees it: groups as sections, repeats with their instances, relevance,
 * required marks and problems at each question. Used for collection and, read-only, for previews.
 */
export function SurveyFormView(props: SurveyFormViewProps) {
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const direction = directionOfFormLanguage(props.form, props.language);
  const context: Context = {
    ...props,
    readOnly: props.readOnly ?? false,
    isShown: (path) => (props.showAllProblems ?? false) || left.has(path),
    markLeft: (path) => setLeft((before) => (before.has(path) ? before : new Set(before).add(path))),
  };
  return (
    <Stack gap="lg" dir={direction} data-testid="survey-form">
      <NodeList nodes={props.form.children} scope={[]} context={context} />
    </Stack>
  );
}

type Context = Omit<SurveyFormViewProps, 'readOnly' | 'showAllProblems'> & {
  readOnly: boolean;
  isShown(path: string): boolean;
  markLeft(path: string): void;
};

const TYPED = new Set(['integer', 'decimal', 'text', 'date', 'time']);

function NodeList({ nodes, scope, context }: { nodes: FormNode[]; scope: RepeatScope; context: Context }) {
  return (
    <>
      {nodes.map((node) => (
        <FormNodeView key={node.name} node={node} scope={scope} context={context} />
      ))}
    </>
  );
}

function FormNodeView({ node, scope, context }: { node: FormNode; scope: RepeatScope; context: Context }) {
  const { state, form, language } = context;
  const view = state.node(scope, node.name);
  if (!view.relevant) return null;
  if (node.kind === 'group') {
    const legend = textIn(node.label, language, form);
    return (
      <Fieldset legend={legend || undefined} data-testid={`group-${node.name}`} p="sm">
        <Stack gap="lg">
          <NodeList nodes={node.children} scope={scope} context={context} />
        </Stack>
      </Fieldset>
    );
  }
  if (node.kind !== 'question') return <RepeatView group={node} scope={scope} context={context} />;
  if (node.type === 'calculate') return null;
  const path = state.pathOf(scope, node.name);
  return (
    <QuestionField
      question={node}
      node={view}
      form={form}
      language={language}
      domId={questionDomId(path)}
      readOnly={context.readOnly}
      showProblem={context.isShown(path)}
      onBlur={() => context.markLeft(path)}
      onChange={(value: AnswerValue) => {
        // typed answers show their problem once left; a choice at once
        if (!TYPED.has(node.type)) context.markLeft(path);
        context.onChange(withAnswer(context.answers, scope, node.name, value));
      }}
    />
  );
}

function RepeatView({ group, scope, context }: { group: FormGroup; scope: RepeatScope; context: Context }) {
  const { t } = useTranslation('surveyCollect');
  const { answers, state, form, language, readOnly, onChange } = context;
  const fixed = state.repeatCount(scope, group.name);
  const instances = instancesOf(answers, scope, group.name);
  const count = fixed ?? instances.length;
  const legend = textIn(group.label, language, form) || group.name;
  const setInstances = (next: Answers[]) => onChange(withInstances(answers, scope, group.name, next));
  return (
    <Stack gap="sm" data-testid={`repeat-${group.name}`}>
      <Text fw={600}>{legend}</Text>
      {Array.from({ length: count }, (_, index) => {
        const inner = [...scope, { repeat: group.name, index }];
        return (
          // instances have no identity of their own but their place
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <Paper key={index} withBorder p="sm" radius="md">
            <Stack gap="md">
              <Group justify="space-between" wrap="nowrap">
                <Text size="sm" c="dimmed">
                  {t('question.instance', { number: index + 1 })}
                </Text>
                {fixed === null && !readOnly && (
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color="red"
                    data-testid={`repeat-${group.name}-remove-${index}`}
                    onClick={() => setInstances(instances.filter((_, i) => i !== index))}
                  >
                    {t('question.removeInstance')}
                  </Button>
                )}
              </Group>
              <NodeList nodes={group.children} scope={inner} context={context} />
            </Stack>
          </Paper>
        );
      })}
      {fixed === null && !readOnly && (
        <Button
          variant="light"
          data-testid={`repeat-${group.name}-add`}
          onClick={() => setInstances([...instances, {}])}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('question.addInstance')}
        </Button>
      )}
    </Stack>
  );
}
