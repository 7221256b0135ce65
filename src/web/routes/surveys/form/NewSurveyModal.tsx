import { Button, Checkbox, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../app/status';
import { WORKSPACE_LANGUAGE_NAMES } from '../../../i18n/languages';
import {
  INTERFACE_LANGUAGES,
  type InterfaceLanguage,
  type Survey,
  surveysApi,
  useSurveyMutation,
} from '../surveysApi';

/** A survey built in Custodes: a title and the form's languages; its questions come from the library. */
export function NewSurveyModal(props: {
  slug: string;
  opened: boolean;
  onClose: () => void;
  onCreated: (survey: Survey) => void;
}) {
  const { t } = useTranslation(['surveys']);
  const [title, setTitle] = useState('');
  const [languages, setLanguages] = useState<string[]>([...INTERFACE_LANGUAGES]);
  const create = useSurveyMutation(props.slug, () =>
    surveysApi.create(props.slug, { title: title.trim(), languages: languages as InterfaceLanguage[] }),
  );

  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t('create.title')}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate(undefined, {
            onSuccess: ({ survey }) => {
              setTitle('');
              props.onCreated(survey);
            },
          });
        }}
      >
        <Stack gap="sm">
          <TextInput
            label={t('create.name')}
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            required
            maxLength={200}
            data-testid="new-survey-title"
          />
          <Checkbox.Group label={t('create.languages')} value={languages} onChange={setLanguages}>
            <Group gap="sm" mt={4}>
              {INTERFACE_LANGUAGES.map((code) => (
                <Checkbox key={code} value={code} label={WORKSPACE_LANGUAGE_NAMES[code]} />
              ))}
            </Group>
          </Checkbox.Group>
          {create.isError && <ErrorAlert error={create.error} />}
          <Group justify="flex-end">
            <Button
              type="submit"
              loading={create.isPending}
              disabled={!title.trim() || languages.length === 0}
              data-testid="new-survey-create"
            >
              {t('create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
