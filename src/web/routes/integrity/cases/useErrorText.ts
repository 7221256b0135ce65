import { useTranslation } from 'react-i18next';
import { errorText } from '../../../app/errors';

/** errorText with the app's shared messages (`errors.*` live in the default namespace, not `integrity`). */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => errorText(error, t);
}
