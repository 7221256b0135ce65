import { Badge, Code, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FormNode, FormQuestion, SurveyForm } from '../../../../core/survey/types';
import { formText } from '../surveysApi';

/** The form as a structured list: type, name, label in the reader's language, and its logic in monospace. */
export function QuestionList({ form }: { form: SurveyForm }) {
  return (
    <Stack gap={6} data-testid="form-questions">
      <Nodes nodes={form.children} form={form} />
    </Stack>
  );
}

function Nodes({ nodes, form }: { nodes: readonly FormNode[]; form: SurveyForm }) {
  const { t, i18n } = useTranslation(['surveys']);
  return nodes.map((node) =>
    node.kind === 'question' ? (
      <QuestionRow key={node.name} question={node} form={form} />
    ) : (
      <Paper key={node.name} withBorder p="xs" radius="sm">
        <Group gap="xs" mb={6}>
          <Badge size="sm" variant="outline">
            {t(`formTab.${node.kind}`)}
          </Badge>
          <Text size="sm" fw={600}>
            {formText(node.label, form, i18n.language) || node.name}
          </Text>
          <Code>{node.name}</Code>
        </Group>
        {node.relevant && <Logic label={t('formTab.relevant')} expression={node.relevant} />}
        <Stack gap={6} style={{ borderInlineStart: '2px solid var(--mantine-color-gray-3)' }} ps="sm">
          <Nodes nodes={node.children} form={form} />
        </Stack>
      </Paper>
    ),
  );
}

function QuestionRow({ question, form }: { question: FormQuestion; form: SurveyForm }) {
  const { t, i18n } = useTranslation(['surveys']);
  const choices = question.listName ? (form.choices[question.listName] ?? []) : [];
  return (
    <Stack gap={2} data-testid={`form-question-${question.name}`}>
      <Group gap="xs" wrap="wrap">
        <Badge size="sm" variant="light">
          {question.type}
        </Badge>
        <Code>{question.name}</Code>
        {question.required && (
          <Text size="xs" c="red">
            {t('formTab.required')}
          </Text>
        )}
      </Group>
      <Text size="sm">{formText(question.label, form, i18n.language)}</Text>
      {choices.length > 0 && (
        <Text size="xs" c="dimmed">
          {choices.map((choice) => formText(choice.label, form, i18n.language) || choice.name).join(' · ')}
        </Text>
      )}
      {question.relevant && <Logic label={t('formTab.relevant')} expression={question.relevant} />}
      {question.constraint && <Logic label={t('formTab.constraint')} expression={question.constraint} />}
      {question.calculation && <Logic label={t('formTab.calculation')} expression={question.calculation} />}
    </Stack>
  );
}

function Logic({ label, expression }: { label: string; expression: string }) {
  return (
    <Text size="xs" c="dimmed">
      {label}:{' '}
      <Code dir="ltr" style={{ wordBreak: 'break-all' }}>
        {expression}
      </Code>
    </Text>
  );
}
