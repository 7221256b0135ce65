import type { z } from 'zod';
import type { AuditPageSchema } from '../../../server/modules/audit/schemas';
import { api } from '../../api/endpoints';
import type { AuditFilters } from '../../api/types';

/** A page of the log as the server's route schema describes it (entity names and referenced names included). */
export type AuditPage = z.output<typeof AuditPageSchema>;
export type AuditEntry = AuditPage['entries'][number];
export type AuditReferences = AuditPage['references'];

export const listAudit = (slug: string, filters: AuditFilters, before?: number, limit?: number) =>
  api.listAudit(slug, filters, before, limit) as unknown as Promise<AuditPage>;
