import { Alert, Button, Group, SimpleGrid, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fieldErrorOf } from '../../../app/errors';
import { useErrorText } from '../../assess/useErrorText';
import { useInvalidateMonitoring } from './monitoringMetadataQueries';

/** What the setup forms share: saving with field errors, the name translations, the buttons. */

export const TRANSLATED_LANGUAGES = ['fr', 'ar', 'es', 'pt'] as const;
export type Translations = Partial<Record<(typeof TRANSLATED_LANGUAGES)[number], string>>;

/** Only the filled-in translations, trimmed. */
export function cleanTranslations(value: Translations): Translations {
  const out: Translations = {};
  for (const language of TRANSLATED_LANGUAGES) {
    const text = value[language]?.trim();
    if (text) out[language] = text;
  }
  return out;
}

/** A write that refreshes the Monitor area, says so, and splits "field: message" errors out. */
export function useSetupMutation<Input, Fields extends string>(
  slug: string,
  fields: readonly Fields[],
  mutationFn: (input: Input) => Promise<unknown>,
  onDone: () => void,
) {
  const { t } = useTranslation(['monitoringSetup']);
  const errorMessage = useErrorText();
  const invalidate = useInvalidateMonitoring(slug);
  const save = useMutation({
    mutationFn,
    onSuccess: async () => {
      await invalidate();
      notifications.show({ color: 'green', message: t('saved') });
      onDone();
    },
  });
  const fieldError = fieldErrorOf(save.error, fields);
  const errorOf = (field: Fields) => (fieldError?.field === field ? fieldError.message : null);
  const detailError = save.error && !fieldError ? errorMessage(save.error) : null;
  return { save, errorOf, detailError };
}

export function TranslationsInputs(props: { value: Translations; onChange: (value: Translations) => void }) {
  const { t, i18n } = useTranslation(['monitoringSetup']);
  const names = new Intl.DisplayNames([i18n.language], { type: 'language' });
  return (
    <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
      {TRANSLATED_LANGUAGES.map((language) => (
        <TextInput
          key={language}
          size="xs"
          lang={language}
          dir={language === 'ar' ? 'rtl' : 'ltr'}
          label={t('form.nameIn', { language: names.of(language) ?? language })}
          value={props.value[language] ?? ''}
          onChange={(event) => props.onChange({ ...props.value, [language]: event.currentTarget.value })}
        />
      ))}
    </SimpleGrid>
  );
}

export function FormButtons(props: { busy: boolean; error: string | null; onCancel: () => void }) {
  const { t } = useTranslation(['monitoringSetup', 'translation']);
  return (
    <>
      {props.error && <Alert color="red">{props.error}</Alert>}
      <Group justify="flex-end">
        <Button variant="default" onClick={props.onCancel}>
          {t('translation:common.cancel')}
        </Button>
        <Button type="submit" loading={props.busy}>
          {t('form.save')}
        </Button>
      </Group>
    </>
  );
}
