import { SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../../core/frameworks/types';
import { TEXT_LANGUAGES } from './settingsForm';

interface LocalizedFieldsProps {
  label: string;
  value: LocalizedText | undefined;
  onChange: (value: LocalizedText) => void;
  multiline?: boolean;
  testId?: string;
}

/** One text in the five languages, English first and required; Arabic written right to left. */
export function LocalizedFields({ label, value, onChange, multiline, testId }: LocalizedFieldsProps) {
  const { t } = useTranslation('integrityAdmin');
  const current: LocalizedText = value ?? { en: '' };
  return (
    <SimpleGrid cols={{ base: 1, sm: multiline ? 1 : 2, lg: multiline ? 2 : 3 }} spacing="xs">
      {TEXT_LANGUAGES.map((language) => {
        const props = {
          label: `${label} (${t(`languages.${language}`)})`,
          value: current[language] ?? '',
          dir: language === 'ar' ? ('rtl' as const) : undefined,
          lang: language,
          required: language === 'en',
          'data-testid': testId ? `${testId}-${language}` : undefined,
          onChange: (event: { currentTarget: { value: string } }) =>
            onChange({ ...current, [language]: event.currentTarget.value }),
        };
        return multiline ? (
          <Textarea key={language} autosize minRows={2} maxRows={8} {...props} />
        ) : (
          <TextInput key={language} {...props} />
        );
      })}
    </SimpleGrid>
  );
}
