import { Alert, Anchor, Container, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorText } from './errors';
import { RouterAnchor } from './RouterLinks';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl">
      <Stack>
        <Title order={1} size="h2">
          {t('errors.notFoundTitle')}
        </Title>
        <Alert color="yellow">{t('errors.notFound')}</Alert>
        <RouterAnchor to="/">{t('errors.backHome')}</RouterAnchor>
      </Stack>
    </Container>
  );
}

export function RouteErrorPage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl">
      <Stack>
        <Alert color="red" title={t('errors.title')} role="alert">
          {errorText(error, t)}
        </Alert>
        <Anchor href="/">{t('errors.backHome')}</Anchor>
      </Stack>
    </Container>
  );
}
