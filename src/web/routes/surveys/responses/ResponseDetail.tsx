import { Badge, Box, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Answers, FormNode, SurveyForm } from '../../../../core/survey/types';
import { textIn } from '../renderer/formText';
import { answerText } from './answerText';

/** A whole response: groups as headed sections, each repeat instance as a card, choices by label. */
export function ResponseDetail(props: { form: SurveyForm; answers: Answers; language: string }) {
  return (
    <Stack gap="xs" data-testid="response-detail">
      <Nodes
        nodes={props.form.children}
        answers={props.answers}
        form={props.form}
        language={props.language}
      />
    </Stack>
  );
}

function Nodes(props: { nodes: FormNode[]; answers: Answers; form: SurveyForm; language: string }) {
  const { t } = useTranslation(['surveyResponses']);
  const { form, language, answers } = props;
  return props.nodes.map((node) => {
    const label = textIn(node.label, language, form) || node.name;
    if (node.kind === 'question') {
      if (node.type === 'note') return null;
      const value = answers[node.name];
      const shown =
        Array.isArray(value) || value === undefined ? '' : answerText(form, node, value, language);
      return (
        <Box key={node.name}>
          <Text size="sm" fw={500}>
            {label}
          </Text>
          <Text size="sm" c={shown ? undefined : 'dimmed'} style={{ overflowWrap: 'anywhere' }}>
            {shown || t('detail.noAnswer')}
          </Text>
        </Box>
      );
    }
    if (node.kind === 'group')
      return (
        <Stack
          key={node.name}
          gap="xs"
          style={{ borderInlineStart: '2px solid var(--mantine-color-gray-3)', paddingInlineStart: 8 }}
        >
          <Title order={4} size="h6">
            {label}
          </Title>
          <Nodes {...props} nodes={node.children} />
        </Stack>
      );
    const instances = Array.isArray(answers[node.name]) ? (answers[node.name] as Answers[]) : [];
    return (
      <Stack key={node.name} gap="xs">
        <Title order={4} size="h6">
          {label} <Badge variant="light">{instances.length}</Badge>
        </Title>
        {instances.map((instance, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: instances have no id of their own; their order is their identity
          <Card key={index} withBorder padding="xs">
            <Text size="xs" c="dimmed">
              {t('detail.instance', { number: index + 1 })}
            </Text>
            <Nodes {...props} nodes={node.children} answers={instance} />
          </Card>
        ))}
      </Stack>
    );
  });
}
