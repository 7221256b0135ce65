import { Alert, Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorText } from './errors';

export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}

export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" title={title ?? t('errors.title')} role="alert">
      {errorText(error, t)}
    </Alert>
  );
}

export function NoAccessAlert() {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" title={t('errors.noAccessTitle')}>
      {t('errors.noAccess')}
    </Alert>
  );
}
