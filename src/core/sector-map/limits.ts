/** Field lengths, shared by the API schemas, the web forms and the file import. */
export const TEXT_LIMITS = {
  name: 200,
  acronym: 30,
  region: 120,
  legalBasis: 2000,
  mandate: 5000,
  evidence: 5000,
} as const;

/** Rows one import may hold; larger registries are split into several files. */
export const MAX_IMPORT_ROWS = 10_000;

/** Why two headcounts cannot both be true, or null. */
export function headcountProblem(total: number | null, women: number | null): string | null {
  if (total !== null && women !== null && women > total) {
    return `cannot exceed the total headcount (${total})`;
  }
  return null;
}
