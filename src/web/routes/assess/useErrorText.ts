import { useTranslation } from 'react-i18next';
import { errorText } from '../../app/errors';

/** The server's message for a refused request (or a translated one for network failures). */
export function useErrorText() {
  const { t } = useTranslation();
  return (error: unknown) => errorText(error, t);
}
