import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { WORKSPACE_LANGUAGES, type WorkspaceLanguage } from '../../api/types';
import { WORKSPACE_LANGUAGE_NAMES } from '../../i18n/languages';

const options = WORKSPACE_LANGUAGES.map((code) => ({
  value: code,
  label: WORKSPACE_LANGUAGE_NAMES[code] ?? code,
}));

/** The workspace's default language (the language its public outputs are written in first). */
export function WorkspaceLanguageSelect({
  value,
  onChange,
}: {
  value: string;
  onChange: (value: WorkspaceLanguage) => void;
}) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('workspace.defaultLanguage')}
      description={t('workspace.defaultLanguageHelp')}
      data={options}
      value={value}
      onChange={(next) => next && onChange(next as WorkspaceLanguage)}
      allowDeselect={false}
    />
  );
}
