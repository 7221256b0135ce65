import { Select } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../api/queries';
import { changeUiLanguage, currentUiLanguage } from '../i18n';
import { isUiLanguage, UI_LANGUAGES } from '../i18n/languages';
import { profileLanguageToApply, saveProfileLanguage } from '../routes/profile/profileLanguage';

const options = UI_LANGUAGES.map((language) => ({ value: language.code, label: language.name }));

/**
 * The interface language. Signed in, the choice is saved on the profile (the server writes
 * generated text and reports in it), and the profile's language is applied after sign-in.
 */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const { t: tp } = useTranslation('profile');
  const queryClient = useQueryClient();
  const me = useMe();
  const user = me.data?.user;

  useEffect(() => {
    const language = profileLanguageToApply(user);
    if (isUiLanguage(language) && language !== currentUiLanguage()) void changeUiLanguage(language);
  }, [user]);

  async function choose(value: string | null) {
    if (!isUiLanguage(value)) return;
    if (!user) return changeUiLanguage(value);
    const saved = saveProfileLanguage(queryClient, value).then(
      () => true,
      () => false,
    );
    await changeUiLanguage(value);
    if (!(await saved)) {
      notifications.show({ color: 'orange', message: tp('language.saveFailed') });
      return;
    }
    // text the server writes in the reader's language (generated needs…) is fetched again
    await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
  }

  return (
    <Select
      data-testid="language-switcher"
      aria-label={t('shell.language')}
      data={options}
      value={i18n.language}
      allowDeselect={false}
      onChange={(value) => void choose(value)}
      w={124}
      size="sm"
    />
  );
}
