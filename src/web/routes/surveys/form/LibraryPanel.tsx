import { Accordion, Button, Checkbox, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  INTERFACE_LANGUAGES,
  type InterfaceLanguage,
  LIBRARY_LISTS,
  LIBRARY_QUESTIONS,
  LIBRARY_TOPICS,
  type Texts,
} from '../../../../core/survey/library-content';
import { ErrorAlert } from '../../../app/status';
import { type Survey, surveysApi, useSurveyMutation } from '../surveysApi';
import { FormIssuesList, issuesOfError } from './FormIssuesList';
import { allQuestions } from './formNodes';

const readerLanguage = (language: string): InterfaceLanguage => {
  const code = language.split('-')[0];
  return (INTERFACE_LANGUAGES as readonly string[]).includes(code) ? (code as InterfaceLanguage) : 'en';
};

/** The standard perception questions by topic, in the reader's language; ticked ones are added to the form. */
export function LibraryPanel({ slug, survey }: { slug: string; survey: Survey }) {
  const { t, i18n } = useTranslation(['surveys']);
  const language = readerLanguage(i18n.language);
  const text = (texts: Texts) => texts[language] || texts.en;
  const [chosen, setChosen] = useState<string[]>([]);
  const [after, setAfter] = useState<string | null>(null);
  const insert = useSurveyMutation(slug, () => surveysApi.insertLibrary(slug, survey, chosen, after));
  const questions = allQuestions(survey.form.children);
  const inForm = new Set(questions.map((question) => question.name));

  return (
    <Stack gap="xs" data-testid="library-panel">
      <Title order={2} size="h4">
        {t('library.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('library.intro')}
      </Text>
      <Checkbox.Group
        value={chosen}
        onChange={(value) => {
          insert.reset();
          setChosen(value);
        }}
      >
        <Accordion multiple variant="contained" defaultValue={[LIBRARY_TOPICS[0]]}>
          {LIBRARY_TOPICS.map((topic) => (
            <Accordion.Item key={topic} value={topic}>
              <Accordion.Control data-testid={`library-topic-${topic}`}>
                {t(`library.topic.${topic}`)}
              </Accordion.Control>
              <Accordion.Panel>
                <Stack gap="sm">
                  {LIBRARY_QUESTIONS.filter((question) => question.topic === topic).map((question) => (
                    <Checkbox
                      key={question.key}
                      value={question.key}
                      disabled={inForm.has(question.name)}
                      data-testid={`library-question-${question.key}`}
                      label={text(question.label)}
                      description={
                        inForm.has(question.name)
                          ? t('library.inForm')
                          : `${(LIBRARY_LISTS[question.listName] ?? []).map((choice) => text(choice.label)).join(' · ')} — ${text(question.note)}`
                      }
                    />
                  ))}
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      </Checkbox.Group>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label={t('library.after')}
          placeholder={t('library.atEnd')}
          data={questions.map((question) => question.name)}
          value={after}
          onChange={setAfter}
          clearable
          searchable
          w={{ base: '100%', xs: 240 }}
        />
        <Button
          onClick={() => insert.mutate(undefined, { onSuccess: () => setChosen([]) })}
          disabled={chosen.length === 0}
          loading={insert.isPending}
          data-testid="library-add"
        >
          {t('library.add')}
        </Button>
      </Group>
      {insert.isSuccess && (
        <Text size="sm" c="teal">
          {t('library.added')}
        </Text>
      )}
      {insert.isError &&
        (issuesOfError(insert.error).length > 0 ? (
          <FormIssuesList issues={issuesOfError(insert.error)} testId="library-issues" />
        ) : (
          <ErrorAlert error={insert.error} />
        ))}
    </Stack>
  );
}
