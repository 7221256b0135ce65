import { appendFileSync } from 'node:fs';
import type { ZodType } from 'zod';
import type { ApiRouter } from '../http/types.ts';

/** What a route documents for one status: its media types, each with a Zod schema or a plain OpenAPI one. */
type Documented = { content?: Record<string, { schema?: unknown }> };

interface DocumentedRoute {
  method: string;
  path: string;
  pattern: RegExp;
  params: number;
  responses: Record<string, Documented>;
}

export class ContractViolation extends Error {
  constructor(route: string, status: number, problem: string) {
    super(`${route} → ${status}: ${problem}`);
    this.name = 'ContractViolation';
  }
}

const isZod = (value: unknown): value is ZodType =>
  typeof (value as ZodType | undefined)?.safeParse === 'function';

const isJson = (contentType: string | null) => /^application\/([\w.-]+\+)?json\b/i.test(contentType ?? '');

/** Every documented route of an OpenAPI app, in the order they were registered. */
export function documentedRoutes(app: ApiRouter): DocumentedRoute[] {
  return app.openAPIRegistry.definitions.flatMap((definition) => {
    if (definition.type !== 'route') return [];
    const { method, path, responses } = definition.route;
    const source = path
      .split(/\{[^}]+\}/)
      .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
      .join('[^/]+');
    return [
      {
        method: method.toUpperCase(),
        path,
        pattern: new RegExp(`^${source}$`),
        params: (path.match(/\{/g) ?? []).length,
        responses: responses as Record<string, Documented>,
      },
    ];
  });
}

/** The route that serves a request: a literal segment wins over a parameter, as in Hono's router. */
export function findRoute(routes: DocumentedRoute[], method: string, pathname: string) {
  const matches = routes.filter((route) => route.method === method && route.pattern.test(pathname));
  return matches.sort((a, b) => a.params - b.params)[0];
}

/** Paths of `input` that `output` (what the schema kept) lacks: fields the schema does not document. */
export function undocumentedFields(input: unknown, output: unknown, path: string[] = []): string[] {
  if (Array.isArray(input) && Array.isArray(output)) {
    return input.flatMap((entry, index) =>
      undocumentedFields(entry, output[index], [...path, String(index)]),
    );
  }
  if (!input || typeof input !== 'object' || !output || typeof output !== 'object') return [];
  return Object.entries(input).flatMap(([key, value]) =>
    key in output
      ? undocumentedFields(value, (output as Record<string, unknown>)[key], [...path, key])
      : [[...path, key].join('.') || '(root)'],
  );
}

/**
 * Checks one response against what its route documents: the status must be documented, and a JSON
 * body must parse with that status's schema and carry no field the schema leaves out. Requests that
 * match no documented route (the auth handler, the catch-all 404) are not checked. Returns whether
 * the body was validated against a schema.
 */
export function checkResponse(
  routes: DocumentedRoute[],
  request: { method: string; pathname: string },
  response: { status: number; contentType: string | null; body: unknown },
): boolean {
  const route = findRoute(routes, request.method, request.pathname);
  if (!route) return false;
  const name = `${route.method} ${route.path}`;
  const documented = route.responses[String(response.status)];
  if (!documented) throw new ContractViolation(name, response.status, 'status not documented');
  if (!isJson(response.contentType)) return false;
  const schema = documented.content?.['application/json']?.schema;
  if (!isZod(schema)) {
    throw new ContractViolation(name, response.status, 'returns JSON, but no JSON schema is documented');
  }
  const result = schema.safeParse(response.body);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue.path.map(String).join('.') || '(root)';
    throw new ContractViolation(name, response.status, `${where}: ${issue.message}`);
  }
  const extra = undocumentedFields(response.body, result.data);
  if (extra.length > 0) {
    throw new ContractViolation(name, response.status, `undocumented field ${extra.slice(0, 3).join(', ')}`);
  }
  return true;
}

/** How many responses were checked against a schema (set RESPONSE_CONTRACT_LOG to a file to count a run). */
let validated = 0;
export const validatedResponses = () => validated;

/**
 * Makes `app.request` (the way tests call the app) check every response against the route's
 * documented responses; a violation throws, failing the test that made the request.
 */
export function enforceResponseContract(app: ApiRouter): void {
  let routes: DocumentedRoute[] | undefined;
  const request = app.request.bind(app);
  app.request = (async (...args: Parameters<typeof app.request>) => {
    const response = await request(...args);
    routes ??= documentedRoutes(app);
    const input = args[0];
    const url = new URL(input instanceof Request ? input.url : String(input), 'http://localhost');
    const method = (input instanceof Request ? input.method : args[1]?.method) ?? 'GET';
    const contentType = response.headers.get('content-type');
    const text = isJson(contentType) ? await response.clone().text() : '';
    const body = text ? JSON.parse(text) : undefined;
    const checked = checkResponse(
      routes,
      { method: method.toUpperCase(), pathname: url.pathname },
      { status: response.status, contentType, body },
    );
    if (checked) {
      validated += 1;
      const log = process.env.RESPONSE_CONTRACT_LOG;
      if (log) appendFileSync(log, `${method.toUpperCase()} ${url.pathname} ${response.status}\n`);
    }
    return response;
  }) as typeof app.request;
}
