import type { AuditEntry, AuditPage } from '../../api/types';

export type { AuditEntry, AuditPage };
/** Names of the records the changes' ids point at, and codes of framework items, by id. */
export type AuditReferences = AuditPage['references'];
