import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { AppError } from '../../../core/errors/app-error.ts';
import { createRouter } from '../../http/router.ts';
import { jsonBody, jsonContent, standardErrors, Timestamp } from '../../http/schemas.ts';
import type { AppDeps, AppEnv, SessionUser } from '../../http/types.ts';
import { requireUser } from '../workspaces/membership.ts';
import { createToken, listTokens, revokeToken } from './service.ts';

export const MAX_TOKEN_DAYS = 730;

const ApiTokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string().openapi({ example: 'cst_Xy3kP9aQ' }),
    createdAt: Timestamp,
    lastUsedAt: Timestamp.nullable(),
    expiresAt: Timestamp.nullable(),
  })
  .openapi('ApiToken');

const CreateTokenBody = z
  .object({
    name: z.string().trim().min(1, 'is required').max(80, 'must be at most 80 characters'),
    expiresInDays: z
      .number()
      .int('must be a whole number of days')
      .min(1, 'must be at least 1 day')
      .max(MAX_TOKEN_DAYS, `must be at most ${MAX_TOKEN_DAYS} days`)
      .nullable()
      .optional()
      .openapi({ description: 'Days until the token stops working; leave out for no expiry' }),
  })
  .strict()
  .openapi('CreateApiToken');

const TokenParams = z.object({
  tokenId: z.string().openapi({ param: { name: 'tokenId', in: 'path' } }),
});

const tags = ['Account'];
const { 400: badRequest, 401: unauthenticated, 404: notFound } = standardErrors;
const sessionOnly = {
  ...standardErrors[403],
  description: 'Called with an API token: managing tokens needs a signed-in session',
};

export const routes = {
  list: createRoute({
    method: 'get',
    path: '/api/me/tokens',
    tags,
    summary: 'Your personal API tokens (the secrets themselves are never shown again)',
    responses: {
      200: jsonContent(z.object({ tokens: z.array(ApiTokenSchema) }), 'Tokens in force'),
      401: unauthenticated,
    },
  }),
  create: createRoute({
    method: 'post',
    path: '/api/me/tokens',
    tags,
    summary: 'Create a personal API token for the command line and scripts',
    request: jsonBody(CreateTokenBody),
    responses: {
      201: jsonContent(
        z.object({
          token: ApiTokenSchema,
          secret: z.string().openapi({ description: 'The token itself: shown in this response only' }),
        }),
        'Created',
      ),
      400: badRequest,
      401: unauthenticated,
      403: sessionOnly,
    },
  }),
  revoke: createRoute({
    method: 'delete',
    path: '/api/me/tokens/{tokenId}',
    tags,
    summary: 'Revoke a personal API token; it stops working at once',
    request: { params: TokenParams },
    responses: {
      200: jsonContent(z.object({ token: ApiTokenSchema }), 'Revoked'),
      401: unauthenticated,
      403: sessionOnly,
      404: notFound,
    },
  }),
};

/** Tokens are managed from a signed-in session only, so a leaked token cannot mint or hide others. */
async function requireSessionUser(c: Context<AppEnv>, what: string): Promise<SessionUser> {
  const user = requireUser(await c.var.currentUser());
  if (c.var.credential === 'token') {
    throw new AppError(
      'forbidden',
      `an API token cannot ${what}: sign in with your password and use your profile page`,
    );
  }
  return user;
}

export function apiTokenRoutes({ database }: AppDeps) {
  const db = database.db;
  return createRouter()
    .openapi(routes.list, async (c) => {
      const user = requireUser(await c.var.currentUser());
      return c.json({ tokens: await listTokens({ db, user }) }, 200);
    })
    .openapi(routes.create, async (c) => {
      const user = await requireSessionUser(c, 'create API tokens');
      const created = await createToken({ db, user, input: c.req.valid('json') });
      return c.json(created, 201);
    })
    .openapi(routes.revoke, async (c) => {
      const user = await requireSessionUser(c, 'revoke API tokens');
      const token = await revokeToken({ db, user, tokenId: c.req.valid('param').tokenId });
      return c.json({ token }, 200);
    });
}
