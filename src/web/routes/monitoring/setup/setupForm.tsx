import { SimpleGrid, TextInput } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CodeNameInputs, useCodeName } from '../monitoringForm';

/** What the setup forms share: code, name and name translations (saving and buttons: ../monitoringForm). */

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

/** Code, name and name translations of a setup row as typed; `input()` is null while code or name is blank. */
export function useNamedDraft(row: { code: string; name: string; nameTranslations: Translations } | null) {
  const codeName = useCodeName(row?.code, row?.name);
  const [translations, setTranslations] = useState<Translations>(row?.nameTranslations ?? {});
  const input = () =>
    codeName.filled
      ? {
          code: codeName.code.trim(),
          name: codeName.name.trim(),
          nameTranslations: cleanTranslations(translations),
        }
      : null;
  return { codeName, translations, setTranslations, input };
}

/** Code and name side by side, then `children` (an org unit's parent), then the name translations. */
export function CodeNameFields(props: {
  draft: ReturnType<typeof useNamedDraft>;
  errorOf: (field: 'code' | 'name') => string | null;
  children?: ReactNode;
}) {
  const { t } = useTranslation(['monitoringSetup']);
  return (
    <>
      <CodeNameInputs
        value={props.draft.codeName}
        labels={{ code: t('form.code'), codeHelp: t('form.codeHelp'), name: t('form.name') }}
        errors={{ code: props.errorOf('code'), name: props.errorOf('name') }}
      />
      {props.children}
      <TranslationsInputs value={props.draft.translations} onChange={props.draft.setTranslations} />
    </>
  );
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
