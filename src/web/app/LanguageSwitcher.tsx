import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeUiLanguage } from '../i18n';
import { isUiLanguage, UI_LANGUAGES } from '../i18n/languages';

const options = UI_LANGUAGES.map((language) => ({ value: language.code, label: language.name }));

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <Select
      data-testid="language-switcher"
      aria-label={t('shell.language')}
      data={options}
      value={i18n.language}
      allowDeselect={false}
      onChange={(value) => {
        if (isUiLanguage(value)) void changeUiLanguage(value);
      }}
      w={124}
      size="sm"
    />
  );
}
