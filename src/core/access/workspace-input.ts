/** Rules for workspace identifiers and languages shared by the API, the CLI and the web forms. */
export const LANGUAGES = ['en', 'fr', 'ar', 'es', 'pt'] as const;
export type Language = (typeof LANGUAGES)[number];

export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,46}[a-z0-9]$/;
export const SLUG_RULE = '2 to 48 lowercase letters, digits or hyphens, not starting or ending with a hyphen';

/** A slug proposed from a name: "Ministère de l'Intérieur" → "ministere-de-l-interieur". */
export function slugFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/g, '');
}
