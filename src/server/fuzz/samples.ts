/**
 * Plausible values for the JSON Schemas of the OpenAPI document: the schema's own example when it has
 * one, otherwise something that meets its type, enum, bounds and known patterns.
 */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  example?: unknown;
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  minItems?: number;
  format?: string;
  pattern?: string;
}

export type Components = Record<string, JsonSchema>;

const PATTERN_SAMPLES: Record<string, string> = {
  '^[A-Z]{3}$': 'USD',
  '^\\d{4}-(0[1-9]|1[0-2])$': '2027-03',
  '^\\d{4}-\\d{2}-\\d{2}$': '2026-05-01',
  '^[a-z0-9][a-z0-9-]{0,46}[a-z0-9]$': 'fuzz-slug',
};

const FORMAT_SAMPLES: Record<string, string> = {
  date: '2026-05-01',
  'date-time': '2026-05-01T10:00:00.000Z',
  email: 'fuzz@example.org',
};

export function resolve(schema: JsonSchema, components: Components): JsonSchema {
  let current = schema;
  while (current.$ref) current = components[current.$ref.replace('#/components/schemas/', '')] ?? {};
  return current;
}

/** The schema's types, without "null" when another type is allowed. */
export function typesOf(schema: JsonSchema): string[] {
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const nonNull = types.filter((t) => t !== 'null');
  return nonNull.length ? nonNull : types;
}

export function sampleValue(input: JsonSchema, components: Components, depth = 0): unknown {
  const schema = resolve(input, components);
  if (schema.example !== undefined) return structuredClone(schema.example);
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  const choice = schema.anyOf ?? schema.oneOf;
  if (choice?.length) {
    const nonNull = choice.find((option) => resolve(option, components).type !== 'null') ?? choice[0];
    return sampleValue(nonNull, components, depth);
  }
  if (schema.allOf?.length) return sampleValue(schema.allOf[0], components, depth);
  const [type] = typesOf(schema);
  switch (type) {
    case 'string':
      return sampleString(schema);
    case 'integer':
      return Math.max(schema.minimum ?? 1, Math.min(schema.maximum ?? 1, 1));
    case 'number':
      return Math.max(schema.minimum ?? 1, Math.min(schema.maximum ?? 1, 1));
    case 'boolean':
      return true;
    case 'array': {
      if (depth > 4 || !schema.items) return [];
      const count = Math.max(schema.minItems ?? 0, 1);
      return Array.from({ length: count }, () =>
        sampleValue(schema.items as JsonSchema, components, depth + 1),
      );
    }
    case 'object':
      return depth > 4 ? {} : sampleObject(schema, components, depth);
    default:
      return 'x';
  }
}

function sampleString(schema: JsonSchema): string {
  if (schema.pattern && PATTERN_SAMPLES[schema.pattern]) return PATTERN_SAMPLES[schema.pattern];
  if (schema.format && FORMAT_SAMPLES[schema.format]) return FORMAT_SAMPLES[schema.format];
  return 'fuzz'.padEnd(schema.minLength ?? 1, 'z');
}

/** Required properties only: optional ones are added one at a time by the mutations. */
function sampleObject(schema: JsonSchema, components: Components, depth: number) {
  const value: Record<string, unknown> = {};
  for (const name of schema.required ?? []) {
    const property = schema.properties?.[name];
    if (property) value[name] = sampleValue(property, components, depth + 1);
  }
  return value;
}
