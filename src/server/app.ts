import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { createRoute, z } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { CLIENT_IP_HEADER } from './auth/auth.ts';
import { mountApiDocs } from './http/api-docs.ts';
import { clientAddress } from './http/client-ip.ts';
import { anonymousClientKey } from './http/client-key.ts';
import { compressResponses, varyOnEncoding } from './http/compression.ts';
import { currentUserResolver, refuseTokensOnAccountRoutes } from './http/current-user.ts';
import { errorBody, handleError } from './http/errors.ts';
import { refuseUnstorableInput } from './http/input-guard.ts';
import { allowedOrigins, refuseCrossSiteWrites } from './http/origin-check.ts';
import { rateLimit } from './http/rate-limit.ts';
import { createRouter } from './http/router.ts';
import { jsonContent } from './http/schemas.ts';
import { securityHeaders } from './http/security-headers.ts';
import type { AppDeps } from './http/types.ts';
import { workspaceActorResolver } from './http/workspace-actor.ts';
import { apiTokenRoutes } from './modules/api-tokens/routes.ts';
import { assessmentRoutes } from './modules/assessments/routes.ts';
import { EVIDENCE_PATH_PATTERN, evidenceRoutes } from './modules/assessments/routes-evidence.ts';
import { assessmentWorkflowRoutes } from './modules/assessments/routes-workflow.ts';
import { auditRoutes } from './modules/audit/routes.ts';
import { consultationRoutes } from './modules/consultations/routes.ts';
import { coordinationRoutes } from './modules/coordination/routes.ts';
import { FINANCE_IMPORT_PATTERN } from './modules/finance/csv-upload.ts';
import { IATI_IMPORT_PATH_PATTERN } from './modules/finance/iati-routes.ts';
import { financeRoutes } from './modules/finance/routes.ts';
import { FRAMEWORK_IMPORT_PATTERN, frameworkRoutes } from './modules/frameworks/routes.ts';
import {
  INTEGRITY_PUBLIC_POST_PATTERN,
  INTEGRITY_UPLOAD_PATTERN,
} from './modules/integrity/public-route-defs.ts';
import { integrityRoutes } from './modules/integrity/routes.ts';
import { memberRoutes } from './modules/members/routes.ts';
import { DATA_VALUES_IMPORT_PATTERN } from './modules/monitoring/data-values-routes.ts';
import { monitoringRoutes } from './modules/monitoring/routes.ts';
import { needRoutes } from './modules/needs/routes.ts';
import { oversightNoteRoutes } from './modules/oversight-notes/routes.ts';
import { overviewRoutes } from './modules/overview/routes.ts';
import { plansRoutes } from './modules/plans/routes.ts';
import { reportRoutes } from './modules/reports/routes.ts';
import { IMPORT_PATH_PATTERN, sectorMapRoutes } from './modules/sector-map/routes.ts';
import { surveyRoutes } from './modules/surveys/routes.ts';
import { SURVEY_UPLOAD_PATTERN } from './modules/surveys/upload-paths.ts';
import { swotRoutes } from './modules/swot/routes.ts';
import { userRoutes } from './modules/users/routes.ts';
import { workspaceRoutes } from './modules/workspaces/routes.ts';

export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../dist/web', import.meta.url));
export const MAX_BODY_BYTES = 1024 * 1024;
/** File uploads, whose routes set their own larger limit after checking who is asking. */
const UPLOAD_PATHS = [
  IMPORT_PATH_PATTERN,
  EVIDENCE_PATH_PATTERN,
  FRAMEWORK_IMPORT_PATTERN,
  FINANCE_IMPORT_PATTERN,
  IATI_IMPORT_PATH_PATTERN,
  DATA_VALUES_IMPORT_PATTERN,
  SURVEY_UPLOAD_PATTERN,
  INTEGRITY_UPLOAD_PATTERN,
];
const isUpload = (c: Context) =>
  c.req.method === 'POST' && UPLOAD_PATHS.some((pattern) => pattern.test(c.req.path));

export interface AppOptions extends AppDeps {
  /** Folder of the built web client; null serves the API only. */
  webRoot?: string | null;
  /** Read client addresses from X-Forwarded-For (only behind a proxy that sets it). */
  trustProxy?: boolean;
  /** Requests per minute and address on public, unauthenticated endpoints. */
  publicRequestsPerMinute?: number;
}

const healthRoute = createRoute({
  method: 'get',
  path: '/api/health',
  tags: ['System'],
  summary: 'Liveness and database check',
  responses: {
    200: jsonContent(
      z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgresql']), version: z.string() }),
      'Healthy',
    ),
  },
});

export function createApp(options: AppOptions) {
  const { auth, database, version } = options;
  const trustProxy = options.trustProxy ?? false;
  const app = createRouter();
  app.onError(handleError);
  const authOptions = auth.options as { baseURL?: string; trustedOrigins?: unknown };
  const baseURL = authOptions.baseURL ?? '';
  app.use('*', securityHeaders(baseURL));
  app.use('*', compressResponses());
  const apiBodyLimit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => c.json(errorBody('payload_too_large', 'request body exceeds the 1 MiB limit'), 413),
  });
  // File imports set their own, larger limit once the caller is known to be allowed to import.
  // GET and HEAD have no body: asking for one would build the whole Request object for nothing.
  const bodyless = (c: Context) => c.req.method === 'GET' || c.req.method === 'HEAD';
  app.use('/api/*', (c, next) => (bodyless(c) || isUpload(c) ? next() : apiBodyLimit(c, next)));

  const trusted = Array.isArray(authOptions.trustedOrigins) ? (authOptions.trustedOrigins as string[]) : [];
  // The integrity intake's writes use no cookie or session (a receipt is their only credential), so a
  // forged cross-site request gains nothing; and its page sends `Origin: null` under `no-referrer`.
  const crossSiteCheck = refuseCrossSiteWrites(allowedOrigins(baseURL, trusted));
  app.use('/api/*', (c, next) =>
    c.req.method === 'POST' && INTEGRITY_PUBLIC_POST_PATTERN.test(c.req.path)
      ? next()
      : crossSiteCheck(c, next),
  );

  // Before every API route, sign-in included: text PostgreSQL cannot store is a 400, not a 500.
  app.use('/api/*', refuseUnstorableInput({ readsBody: (c) => !isUpload(c) }));

  // Workspace management goes through /api/workspaces, where every change is authorised and audited.
  app.all('/api/auth/organization/*', (c) =>
    c.json(errorBody('not_found', 'manage workspaces through /api/workspaces'), 404),
  );
  app.use('/api/auth/*', refuseTokensOnAccountRoutes());
  app.on(['GET', 'POST'], '/api/auth/*', (c) => {
    const headers = new Headers(c.req.raw.headers);
    headers.set(CLIENT_IP_HEADER, clientAddress(c, trustProxy));
    return auth.handler(new Request(c.req.raw, { headers }));
  });

  app.use('/api/*', currentUserResolver(auth, database.db));
  app.use('/api/workspaces/:slug/*', workspaceActorResolver(auth, database.db));
  // Public endpoints (invitations, public survey links, integrity intake): limited per address, in memory only.
  app.use(
    '/api/public/*',
    rateLimit({
      windowMs: 60_000,
      max: options.publicRequestsPerMinute ?? 60,
      clientKey: (c) => anonymousClientKey(c, trustProxy),
    }),
  );
  app.use(
    '/api/invitations/*',
    rateLimit({
      windowMs: 60_000,
      max: options.publicRequestsPerMinute ?? 60,
      clientKey: (c) => anonymousClientKey(c, trustProxy),
    }),
  );

  app.openapi(healthRoute, async (c) => {
    await database.db.execute(sql`select 1`);
    return c.json({ status: 'ok' as const, database: database.kind, version }, 200);
  });
  app.route('/', workspaceRoutes(options));
  app.route('/', apiTokenRoutes(options));
  app.route('/', userRoutes(options));
  app.route('/', memberRoutes(options));
  app.route('/', auditRoutes(options));
  app.route('/', oversightNoteRoutes(options));
  app.route('/', needRoutes(options));
  app.route('/', swotRoutes(options));
  app.route('/', consultationRoutes(options));
  app.route('/', sectorMapRoutes(options));
  app.route('/', frameworkRoutes(options));
  app.route('/', assessmentRoutes(options));
  app.route('/', assessmentWorkflowRoutes(options));
  app.route('/', evidenceRoutes(options));
  app.route('/', reportRoutes(options));
  app.route('/', plansRoutes(options));
  app.route('/', financeRoutes(options));
  app.route('/', overviewRoutes(options));
  app.route('/', coordinationRoutes(options));
  app.route('/', monitoringRoutes(options));
  app.route('/', surveyRoutes(options));
  app.route('/', integrityRoutes(options));

  app.openAPIRegistry.registerComponent('securitySchemes', 'personalApiToken', {
    type: 'http',
    scheme: 'bearer',
    description: 'A personal API token (cst_…) created on the profile page; acts with its owner’s rights',
  });
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Custodes API',
      version,
      description:
        'Security sector reform programme platform. Sign in through /api/auth (better-auth); the session cookie authorises every other call, or a personal API token (created in the profile) sent as `Authorization: Bearer <token>`.',
    },
  });
  mountApiDocs(app as unknown as Hono<never>);
  app.all('/api/*', (c) => c.json(errorBody('not_found', `no route ${c.req.method} ${c.req.path}`), 404));

  mountWebClient(app as unknown as Hono, options.webRoot === undefined ? DEFAULT_WEB_ROOT : options.webRoot);
  return app;
}

/**
 * Serves the built single-page app; unknown paths get index.html so client-side routes load. Files
 * go out as the build precompressed them (.br, .gz) when the client accepts it; hashed assets are
 * cached for good, index.html is revalidated on every visit so a new build is picked up.
 */
function mountWebClient(app: Hono, webRoot: string | null) {
  const indexPath = webRoot ? join(webRoot, 'index.html') : null;
  if (!webRoot || !indexPath || !existsSync(indexPath)) {
    app.get('*', (c) =>
      c.text('The web client is not built: run `npm run build:web` (npm start does it).', 404),
    );
    return;
  }
  const cachedFor = (cacheControl: string) => (_path: string, c: Context) => {
    c.header('Cache-Control', cacheControl);
    varyOnEncoding(c.res.headers);
  };
  const immutable = cachedFor('public, max-age=31536000, immutable');
  app.use('/assets/*', serveStatic({ root: webRoot, precompressed: true, onFound: immutable }));
  // The integrity intake page is its own light entry; its CSP and no-store/no-referrer come from
  // securityHeaders. Read per request, like index.html.
  app.get(
    '/p/:slug/report',
    serveStatic({ root: webRoot, path: 'report.html', precompressed: true, onFound: cachedFor('no-store') }),
    (c) => c.text('The intake page is not built: run `npm run build:web` (npm start does it).', 404),
  );
  app.use('*', serveStatic({ root: webRoot, precompressed: true, onFound: cachedFor('no-cache') }));
  // Any other path is a client-side route: index.html (read per request, so a rebuild is picked up).
  app.use(
    '*',
    serveStatic({ root: webRoot, path: 'index.html', precompressed: true, onFound: cachedFor('no-cache') }),
  );
}

export type App = ReturnType<typeof createApp>;
