import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../api/endpoints';
import { apiRequest } from '../../api/http';
import type { MeResponse } from '../../api/types';
import type { UiLanguage } from '../../i18n/languages';

/** Saves the language on the signed-in user's profile and updates the cached user to match. */
export async function saveProfileLanguage(queryClient: QueryClient, language: UiLanguage): Promise<void> {
  await apiRequest<{ user: { language: UiLanguage } }>('PATCH', '/api/me', { language });
  queryClient.setQueryData<MeResponse>(queryKeys.me, (me) =>
    me ? { ...me, user: { ...me.user, language } } : me,
  );
}

/** Whose profile language the interface last took on: a session applies it once, not at every render. */
let appliedFor: string | null = null;

/**
 * After sign-in the profile's language wins over the one this browser remembered; a profile
 * without one leaves the interface as it is (the server then follows the browser's Accept-Language).
 */
export function profileLanguageToApply(
  user: { id: string; language: string | null } | undefined,
): string | null {
  if (!user) {
    appliedFor = null;
    return null;
  }
  if (appliedFor === user.id) return null;
  appliedFor = user.id;
  return user.language;
}
