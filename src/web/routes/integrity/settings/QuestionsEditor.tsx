import { Button, Card, Group, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChannelQuestion } from '../../../../core/integrity/types';
import { LocalizedFields } from './LocalizedFields';

const KINDS: ChannelQuestion['kind'][] = ['text', 'long-text', 'choice', 'date'];

interface QuestionsEditorProps {
  value: ChannelQuestion[];
  onChange: (value: ChannelQuestion[]) => void;
}

/** The channel's own questions: identifier, kind of answer, labels, required, and choices. */
export function QuestionsEditor({ value, onChange }: QuestionsEditorProps) {
  const { t } = useTranslation('integrityAdmin');
  const update = (index: number, question: ChannelQuestion) =>
    onChange(value.map((old, i) => (i === index ? question : old)));

  return (
    <Stack gap="sm">
      {value.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('settings.noQuestions')}
        </Text>
      )}
      {value.map((question, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the identifier is being typed, the position is the identity
        <Card key={index} withBorder padding="sm" data-testid={`settings-question-${index}`}>
          <Stack gap="xs">
            <Group align="flex-end" gap="sm">
              <TextInput
                label={t('settings.questionId')}
                description={t('settings.questionIdHint')}
                value={question.id}
                dir="ltr"
                w={220}
                onChange={(event) => update(index, { ...question, id: event.currentTarget.value })}
              />
              <Select
                label={t('settings.questionKind')}
                data={KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
                value={question.kind}
                allowDeselect={false}
                w={180}
                onChange={(kind) =>
                  kind &&
                  update(index, {
                    ...question,
                    kind: kind as ChannelQuestion['kind'],
                    options: kind === 'choice' ? (question.options ?? []) : undefined,
                  })
                }
              />
              <Switch
                label={t('settings.required')}
                checked={question.required}
                onChange={(event) => update(index, { ...question, required: event.currentTarget.checked })}
              />
            </Group>
            <LocalizedFields
              label={t('settings.label')}
              value={question.label}
              onChange={(label) => update(index, { ...question, label })}
            />
            {question.kind === 'choice' && (
              <ChoiceOptions
                options={question.options ?? []}
                onChange={(options) => update(index, { ...question, options })}
              />
            )}
            <div>
              <Button
                variant="subtle"
                color="red"
                size="compact-sm"
                onClick={() => onChange(value.filter((_, i) => i !== index))}
              >
                {t('settings.removeQuestion')}
              </Button>
            </div>
          </Stack>
        </Card>
      ))}
      <div>
        <Button
          variant="light"
          size="compact-sm"
          data-testid="settings-add-question"
          onClick={() => onChange([...value, { id: '', kind: 'text', label: { en: '' }, required: false }])}
        >
          {t('settings.addQuestion')}
        </Button>
      </div>
    </Stack>
  );
}

type ChoiceOption = NonNullable<ChannelQuestion['options']>[number];

function ChoiceOptions({
  options,
  onChange,
}: {
  options: ChoiceOption[];
  onChange: (value: ChoiceOption[]) => void;
}) {
  const { t } = useTranslation('integrityAdmin');
  const update = (index: number, option: ChoiceOption) =>
    onChange(options.map((old, i) => (i === index ? option : old)));
  return (
    <Stack gap="xs" ps="md" style={{ borderInlineStart: '2px solid var(--mantine-color-gray-3)' }}>
      <Text size="sm" fw={500}>
        {t('settings.options')}
      </Text>
      {options.map((option, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the value is being typed, the position is the identity
        <Stack key={index} gap={4}>
          <Group align="flex-end" gap="sm">
            <TextInput
              label={t('settings.optionValue')}
              value={option.value}
              dir="ltr"
              w={160}
              onChange={(event) => update(index, { ...option, value: event.currentTarget.value })}
            />
            <Button
              variant="subtle"
              color="red"
              size="compact-sm"
              onClick={() => onChange(options.filter((_, i) => i !== index))}
            >
              {t('settings.removeOption')}
            </Button>
          </Group>
          <LocalizedFields
            label={t('settings.label')}
            value={option.label}
            onChange={(label) => update(index, { ...option, label })}
          />
        </Stack>
      ))}
      <div>
        <Button
          variant="light"
          size="compact-xs"
          onClick={() => onChange([...options, { value: '', label: { en: '' } }])}
        >
          {t('settings.addOption')}
        </Button>
      </div>
    </Stack>
  );
}
