// The slug rules are the server's own (src/core), so the form accepts exactly what the API accepts.
export { SLUG_PATTERN, slugFromName as slugify } from '../../../core/access/workspace-input';

const MAX_SLUG_LENGTH = 48;

/** Keeps what the user types within the allowed alphabet while they type. */
export function cleanSlugInput(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .slice(0, MAX_SLUG_LENGTH);
}
