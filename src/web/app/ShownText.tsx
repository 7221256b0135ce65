import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ShownText as Shown } from './contentLanguage';

/** A language's name in the reader's language ("français" → "French" for an English reader). */
function languageName(code: string, reader: string): string {
  try {
    return new Intl.DisplayNames([reader], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * User-entered text in the reader's language; when it is shown in another language (the
 * workspace's), it carries its own `lang` and a small badge saying which, explained on hover.
 */
export function ShownText({ shown }: { shown: Shown }) {
  const { t, i18n } = useTranslation('profile');
  if (!shown.language) return <>{shown.text}</>;
  const name = languageName(shown.language, i18n.language);
  return (
    <>
      <span lang={shown.language} dir="auto">
        {shown.text}
      </span>{' '}
      <Tooltip label={t('fallback.tooltip', { language: name })} multiline maw={280}>
        <Badge
          size="xs"
          variant="outline"
          color="gray"
          tt="none"
          aria-label={t('fallback.tooltip', { language: name })}
          data-testid="fallback-language"
          style={{ verticalAlign: 'middle' }}
        >
          {t('fallback.badge', { language: name })}
        </Badge>
      </Tooltip>
    </>
  );
}
