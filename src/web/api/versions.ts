/**
 * The version of every record the web has loaded, by id. Responses carry `version` on each editable
 * record (plans, items, actors, needs, notes, ...); a later PATCH or PUT to that record's address sends
 * it back as If-Match, so a change someone else saved in between is refused (412) instead of overwritten.
 */
const loaded = new Map<string, number>();
const MAX_DEPTH = 6;

/** Records `{ id, version }` pairs found anywhere in a response body. */
export function rememberVersions(body: unknown, depth = 0): void {
  if (depth > MAX_DEPTH || body === null || typeof body !== 'object') return;
  if (Array.isArray(body)) {
    for (const entry of body) rememberVersions(entry, depth + 1);
    return;
  }
  const record = body as Record<string, unknown>;
  if (typeof record.id === 'string' && typeof record.version === 'number') {
    loaded.set(record.id, record.version);
    // a workspace's address names it by slug
    if (typeof record.slug === 'string') loaded.set(record.slug, record.version);
  }
  for (const value of Object.values(record)) rememberVersions(value, depth + 1);
}

/** The If-Match value for a write to `path`: the loaded version of the record its last segment names. */
export function ifMatchFor(path: string): string | undefined {
  const last = path.split('?')[0].split('/').filter(Boolean).pop();
  if (!last) return undefined;
  const version = loaded.get(decodeURIComponent(last));
  return version === undefined ? undefined : `"${version}"`;
}

/** Forgets every loaded version (after sign-out, and in tests). */
export function forgetVersions(): void {
  loaded.clear();
}
