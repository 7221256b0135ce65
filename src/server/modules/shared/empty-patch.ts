/**
 * A PATCH whose fields are all left out (or undefined) changes nothing. Update services check this
 * after authorising and loading the record, and return the record as it is: no update, no audit entry.
 */
export function isEmptyPatch(patch: object): boolean {
  return Object.values(patch).every((value) => value === undefined);
}
