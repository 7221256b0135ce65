import { type Components, type JsonSchema, resolve, sampleValue, typesOf } from './samples.ts';
import { type FuzzWorld, realBodyId, realParam } from './world.ts';

export interface FuzzCase {
  label: string;
  method: string;
  url: string;
  /** JSON text, or a multipart form. */
  body?: string | FormData;
  /** Sent without the owner's session cookie. */
  anonymous?: boolean;
}

interface Operation {
  parameters?: Array<{ name: string; in: string; schema?: JsonSchema }>;
  requestBody?: { content?: Record<string, { schema: JsonSchema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Components };
}

const NUL = '\u0000';
const LONE_SURROGATE = '\ud800';
const OUT_OF_RANGE = 2_147_483_648;
/** Path values: NUL, a surrogate encoded as CESU-8, an integer past PostgreSQL's range, a long text. */
const URL_VALUES = ['fuzz%00x', '%ED%A0%80', '2147483648', 'x'.repeat(3000)];
/** Query values; each parameter is also sent twice, which makes it a list. */
const QUERY_VALUES = ['fuzz%00x', '2147483648', '-99999999999', 'x'.repeat(1500)];
const MAX_LEAVES = 8;
const JUNK = { a: [{ b: { c: null } }, 1, 'x'] };

export function fuzzCases(doc: OpenApiDocument, world: FuzzWorld): FuzzCase[] {
  const components = doc.components?.schemas ?? {};
  const cases: FuzzCase[] = [];
  const seenPaths = new Set<string>();
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [lower, operation] of Object.entries(operations)) {
      const method = lower.toUpperCase();
      const route = `${method} ${path}`;
      const params = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const fill = (override?: [string, string]) =>
        path.replace(/\{(\w+)\}/g, (_m, param: string) =>
          override?.[0] === param ? override[1] : encodeURIComponent(realParam(world, path, param)),
        );
      const last = params.at(-1);
      if (last) {
        // NUL on every operation; the other path values once per path template
        const values = seenPaths.has(path) ? URL_VALUES.slice(0, 1) : URL_VALUES;
        seenPaths.add(path);
        for (const value of values) {
          cases.push({ label: `${route} {${last}}=${value.slice(0, 20)}`, method, url: fill([last, value]) });
        }
      }
      for (const query of operation.parameters?.filter((p) => p.in === 'query') ?? []) {
        for (const value of [...QUERY_VALUES, `1&${query.name}=2`]) {
          const url = `${fill()}?${query.name}=${value}`;
          cases.push({ label: `${route} ?${query.name}=${value.slice(0, 20)}`, method, url });
        }
      }
      const json = operation.requestBody?.content?.['application/json']?.schema;
      if (json) {
        for (const [what, body] of jsonBodies(json, components, world)) {
          cases.push({ label: `${route} body ${what}`, method, url: fill(), body: JSON.stringify(body) });
        }
      }
      const form = operation.requestBody?.content?.['multipart/form-data']?.schema;
      if (form) {
        for (const [what, body] of formBodies(resolve(form, components), world)) {
          cases.push({ label: `${route} form ${what}`, method, url: fill(), body });
        }
      }
    }
  }
  return cases;
}

type Json = unknown;

/** The body variants for one JSON schema: wrong kinds, then one bad value at a time. */
function jsonBodies(schema: JsonSchema, components: Components, world: FuzzWorld): Array<[string, Json]> {
  const resolved = resolve(schema, components);
  const base = withRealIds(sampleValue(resolved, components), world);
  const bodies: Array<[string, Json]> = [
    ['[]', []],
    ['null', null],
    ['{}', {}],
    ['NUL key', { ...(base as object), [`k${NUL}`]: 'x' }],
  ];
  if (!isObject(base)) return bodies;
  // the first fields are enough to reach the database; large examples (frameworks) stay cheap
  for (const [where, leaf] of leaves(base).slice(0, MAX_LEAVES)) {
    if (typeof leaf === 'string') bodies.push([`${where}=NUL`, replaceAt(base, where, `fuzz${NUL}x`)]);
    if (typeof leaf === 'number') bodies.push([`${where}=2^31`, replaceAt(base, where, OUT_OF_RANGE)]);
    if (isObject(leaf)) bodies.push([`${where} NUL key`, replaceAt(base, where, { ...leaf, [NUL]: 1 })]);
  }
  bodies.push([
    'every string a lone surrogate',
    mapLeaves(base, (v) => (typeof v === 'string' ? LONE_SURROGATE : v)),
  ]);
  bodies.push([
    'every string long',
    mapLeaves(base, (v) => (typeof v === 'string' ? 'x'.repeat(20_000) : v)),
  ]);
  bodies.push(['every number negative huge', mapLeaves(base, (v) => (typeof v === 'number' ? -1e300 : v))]);
  bodies.push(['every field junk', Object.fromEntries(Object.keys(base).map((key) => [key, JUNK]))]);
  for (const [name, property] of Object.entries(resolved.properties ?? {})) {
    if (name in base) continue;
    const type = typesOf(resolve(property, components))[0];
    const value =
      type === 'string' ? `fuzz${NUL}` : type === 'integer' || type === 'number' ? OUT_OF_RANGE : JUNK;
    bodies.push([`+${name}=${type}`, { ...base, [name]: value }]);
  }
  return bodies;
}

function formBodies(schema: JsonSchema, world: FuzzWorld): Array<[string, FormData]> {
  const fields = Object.keys(schema.properties ?? {}).filter((name) => name !== 'file');
  const form = (text: Record<string, string>, fileName: string, content: string) => {
    const data = new FormData();
    for (const name of fields) {
      const property = schema.properties?.[name];
      data.set(name, text[name] ?? realBodyId(world, name) ?? String(sampleValue(property ?? {}, {})));
    }
    data.set('file', new Blob([content], { type: 'text/csv' }), fileName);
    return data;
  };
  const csv = 'name,category\nFuzz Army,armed_forces\n';
  const bodies: Array<[string, FormData]> = [
    ['file name NUL', form({}, `fuzz${NUL}.csv`, csv)],
    ['file name lone surrogate', form({}, `fuzz${LONE_SURROGATE}.csv`, csv)],
    ['file content NUL', form({}, 'fuzz.csv', `name,category\nFuzz${NUL}Army,armed_forces\n`)],
  ];
  for (const name of fields) bodies.push([`${name}=NUL`, form({ [name]: `fuzz${NUL}` }, 'fuzz.csv', csv)]);
  return bodies;
}

/** The two account routes and the public invitation page, as a stranger would call them. */
export function accountCases(): FuzzCase[] {
  const signUp = (body: object, what: string): FuzzCase => ({
    label: `POST /api/auth/sign-up/email ${what}`,
    method: 'POST',
    url: '/api/auth/sign-up/email',
    body: JSON.stringify(body),
    anonymous: true,
  });
  const signIn = (body: object, what: string): FuzzCase => ({
    ...signUp(body, what),
    label: `POST /api/auth/sign-in/email ${what}`,
    url: '/api/auth/sign-in/email',
  });
  const password = 'correct-horse-battery-staple';
  return [
    signUp({ email: NUL, password, name: 'Fuzz' }, 'email NUL'),
    signUp({ email: 'fuzz-new@example.org', password, name: `Fu${NUL}zz` }, 'name NUL'),
    signUp(
      { email: 'fuzz-new2@example.org', password: `${LONE_SURROGATE}${password}`, name: 'Fuzz' },
      'password surrogate',
    ),
    signUp({ email: `${LONE_SURROGATE}@example.org`, password, name: 'Fuzz' }, 'email surrogate'),
    signUp({ email: 42, password: [], name: {} }, 'wrong types'),
    signIn({ email: NUL, password }, 'email NUL'),
    signIn({ email: `fuzz${LONE_SURROGATE}@example.org`, password }, 'email surrogate'),
    signIn({ email: 'fuzz@example.org', password: NUL }, 'password NUL'),
    { label: 'GET /api/invitations/%00', method: 'GET', url: '/api/invitations/%00', anonymous: true },
    {
      label: 'POST /api/invitations/%00/accept',
      method: 'POST',
      url: '/api/invitations/%00/accept',
      body: '{}',
    },
  ];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function withRealIds(value: unknown, world: FuzzWorld): unknown {
  if (!isObject(value)) return value;
  const copy = { ...value };
  for (const key of Object.keys(copy)) copy[key] = realBodyId(world, key) ?? copy[key];
  return copy;
}

/** Every leaf and nested object of a JSON value, by dotted path. */
function leaves(value: unknown, prefix = ''): Array<[string, unknown]> {
  const entries: Array<[string, unknown]> = [];
  const children = Array.isArray(value)
    ? value.map((v, i) => [String(i), v] as const)
    : isObject(value)
      ? Object.entries(value)
      : [];
  for (const [key, child] of children) {
    const where = prefix ? `${prefix}.${key}` : key;
    entries.push([where, child]);
    if (typeof child === 'object' && child !== null) entries.push(...leaves(child, where));
  }
  return entries;
}

function replaceAt(value: unknown, where: string, replacement: unknown): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  const keys = where.split('.');
  let target = copy;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[keys.at(-1) as string] = replacement;
  return copy;
}

function mapLeaves(value: unknown, map: (leaf: unknown) => unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => mapLeaves(v, map));
  if (isObject(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapLeaves(v, map)]));
  return map(value);
}
