import { getTableColumns, getTableName, is, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { queryRows } from '../db/client.ts';
import * as schema from '../db/schema/index.ts';
import { api, type TestContext } from '../testing/harness.ts';

export interface Route {
  method: string;
  path: string;
}

export type OpenApiDocument = {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema> };
};
type Operation = { requestBody?: { content?: Record<string, { schema?: JsonSchema }> } };
export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
};

export async function openApiDocument(ctx: TestContext): Promise<OpenApiDocument> {
  const doc = await api<OpenApiDocument>(ctx, 'GET', '/api/openapi.json');
  if (doc.status !== 200) throw new Error(`openapi.json: ${doc.status}`);
  return doc.body;
}

/** Every operation of the OpenAPI document as "METHOD /path/{param}". */
export function documentedRoutes(doc: OpenApiDocument): Route[] {
  return Object.entries(doc.paths).flatMap(([path, operations]) =>
    Object.keys(operations).map((method) => ({ method: method.toUpperCase(), path })),
  );
}

/** Paths served outside the documented API: the auth handler, the docs page, the document itself. */
const UNDOCUMENTED = [/^\/api\/auth\//, /^\/api\/docs(\/|$)/, /^\/api\/openapi\.json$/];

/**
 * Hono's route table in OpenAPI spelling. Middleware and fallbacks are registered on wildcard
 * paths (`/api/*`, `/*`) and are left out; an `ALL` on a concrete path is kept so it cannot hide.
 */
export function registeredRoutes(routes: ReadonlyArray<{ method: string; path: string }>): Route[] {
  const seen = new Map<string, Route>();
  for (const { method, path } of routes) {
    if (path.includes('*') || UNDOCUMENTED.some((pattern) => pattern.test(path))) continue;
    const openApiPath = path.replace(/:(\w+)/g, '{$1}');
    seen.set(`${method} ${openApiPath}`, { method, path: openApiPath });
  }
  return [...seen.values()];
}

export function jsonBodySchema(doc: OpenApiDocument, route: Route): JsonSchema | null {
  const operation = doc.paths[route.path]?.[route.method.toLowerCase()];
  const schema = operation?.requestBody?.content?.['application/json']?.schema;
  return schema ? resolve(doc, schema) : null;
}

function resolve(doc: OpenApiDocument, schema: JsonSchema): JsonSchema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.replace('#/components/schemas/', '');
  const target = doc.components?.schemas?.[name];
  if (!target) throw new Error(`unresolved ${schema.$ref}`);
  return resolve(doc, target);
}

/** The JSON types a schema accepts ("integer" counts as "number"). */
function acceptedTypes(doc: OpenApiDocument, raw: JsonSchema): Set<string> {
  const schema = resolve(doc, raw);
  const types = new Set<string>();
  for (const type of [schema.type ?? []].flat()) types.add(type === 'integer' ? 'number' : type);
  for (const value of schema.enum ?? []) types.add(value === null ? 'null' : typeof value);
  for (const option of [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) {
    for (const type of acceptedTypes(doc, option)) types.add(type);
  }
  return types;
}

const WRONG_VALUES: Array<[string, unknown]> = [
  ['object', { unexpected: true }],
  ['number', 12345],
  ['string', 'unexpected text'],
  ['boolean', true],
];

/**
 * A body that is wrong in exactly one named field: the first required field (or else the first
 * field) is given a value of a JSON type its schema does not accept. Null when the schema names no
 * fields to get wrong.
 */
export function badBody(
  doc: OpenApiDocument,
  schema: JsonSchema,
  valid: unknown,
): { field: string; body: Record<string, unknown> } | null {
  const properties = schema.properties ?? {};
  const field = schema.required?.[0] ?? Object.keys(properties)[0];
  if (!field || !properties[field]) return null;
  const accepted = acceptedTypes(doc, properties[field]);
  const wrong = WRONG_VALUES.find(([type]) => !accepted.has(type));
  if (!wrong) return null;
  const base = valid && typeof valid === 'object' ? (valid as Record<string, unknown>) : {};
  return { field, body: { ...base, [field]: wrong[1] } };
}

/**
 * One fingerprint of every row of every application table (accounts and sessions aside, which
 * sign-ins touch): equal fingerprints mean no request changed any stored record. On PostgreSQL the
 * test files share one database and run side by side, so there only the rows of the walked workspaces
 * count: tables with a workspace column, filtered to them (every write lands in their audit log too).
 */
export async function dataFingerprint(ctx: TestContext, workspaceIds: string[]): Promise<string> {
  const skipped = new Set(['users', 'sessions', 'accounts', 'verifications', 'two_factors']);
  const shared = ctx.database.kind === 'postgresql';
  const ids = sql.join(
    workspaceIds.map((id) => sql`${id}`),
    sql`, `,
  );
  const tables = (Object.values(schema) as unknown[]).filter((value): value is PgTable => is(value, PgTable));
  const parts = tables
    .filter((table) => !skipped.has(getTableName(table)))
    .flatMap((table) => {
      const name = getTableName(table);
      const rows = sql`select ${sql.raw(`'${name}'`)} as tbl, t::text as row from ${table} as t`;
      if (!shared) return [rows];
      const columns = getTableColumns(table) as Record<string, { name: string }>;
      const scope = Object.values(columns).find((column) => column.name === 'workspace_id')
        ? sql.raw('t.workspace_id')
        : name === 'workspaces'
          ? sql.raw('t.id')
          : null;
      return scope ? [sql`${rows} where ${scope} in (${ids})`] : [];
    });
  const union = sql.join(parts, sql` union all `);
  const [row] = await queryRows<{ digest: string; rows: number }>(
    ctx.db,
    sql`select md5(coalesce(string_agg(tbl || ':' || row, '|' order by tbl, row), '')) as digest,
        count(*)::int as rows from (${union}) as everything`,
  );
  return `${row.rows}:${row.digest}`;
}

/** Test-case rows "METHOD /path" with their route, so each case is named in full. */
export function named(routes: Route[]): Array<[string, Route]> {
  return routes.map((route) => [`${route.method} ${route.path}`, route]);
}
