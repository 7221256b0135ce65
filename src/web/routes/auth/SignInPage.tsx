import { Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PublicLayout } from '../../app/PublicLayout';
import { refreshSession, safeRedirectPath } from './afterSignIn';
import { SignInForm } from './SignInForm';

export function SignInPage({ redirectTo }: { redirectTo?: string }) {
  const { t } = useTranslation();
  const router = useRouter();
  const queryClient = useQueryClient();

  async function goOn() {
    await refreshSession(queryClient);
    const target = safeRedirectPath(redirectTo);
    // the home route sends people to their last or only workspace, else to the workspace list
    if (target) router.history.push(target);
    else await router.navigate({ to: '/' });
  }

  return (
    <PublicLayout>
      <Stack>
        <Title order={1} size="h2">
          {t('auth.signInTitle')}
        </Title>
        <Paper withBorder p="lg" radius="md">
          <SignInForm onSignedIn={goOn} />
        </Paper>
        <Text size="sm" c="dimmed">
          {t('auth.noOpenSignUp')}
        </Text>
      </Stack>
    </PublicLayout>
  );
}
