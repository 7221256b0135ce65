import { createRoute, z } from '@hono/zod-openapi';
import { TEXT_LANGUAGES } from '../../../core/frameworks/types.ts';
import { createRouter } from '../../http/router.ts';
import { jsonBody, jsonContent, standardErrors } from '../../http/schemas.ts';
import type { AppDeps } from '../../http/types.ts';
import { requireUser } from '../workspaces/membership.ts';
import { setUserLanguage } from './language.ts';

export const LanguageSchema = z
  .enum(TEXT_LANGUAGES)
  .openapi('Language', { description: 'en, fr, ar, es or pt' });

const ProfileSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    language: LanguageSchema.nullable().openapi({
      description: 'Interface language the user chose; null until they choose one',
    }),
  })
  .openapi('Profile');

const UpdateProfileBody = z.object({ language: LanguageSchema }).strict().openapi('UpdateProfile');

const { 400: badRequest, 401: unauthenticated } = standardErrors;

const updateRoute = createRoute({
  method: 'patch',
  path: '/api/me',
  tags: ['Account'],
  summary: 'Change your profile: the language the interface, generated text and reports use for you',
  request: jsonBody(UpdateProfileBody),
  responses: {
    200: jsonContent(z.object({ user: ProfileSchema }), 'Updated'),
    400: badRequest,
    401: unauthenticated,
  },
});

export function userRoutes({ database }: AppDeps) {
  const db = database.db;
  return createRouter().openapi(updateRoute, async (c) => {
    const user = requireUser(await c.var.currentUser());
    const { language } = c.req.valid('json');
    await setUserLanguage({ db, userId: user.id, language });
    return c.json({ user: { id: user.id, name: user.name, email: user.email, language } }, 200);
  });
}
