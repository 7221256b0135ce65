import { useQuery } from '@tanstack/react-query';
import type { dataValueRoutes } from '../../../../server/modules/monitoring/data-values-routes';
import type { BodyOf, ResponseOf } from '../../../api/contract';
import { apiRequest, apiUpload, queryString } from '../../../api/http';

/** Data values on the web: the entry form, the import and the export addresses. */

export type EntryForm = ResponseOf<typeof dataValueRoutes.entryForm>;
export type EntryElement = EntryForm['elements'][number];
export type SaveEntryBody = BodyOf<typeof dataValueRoutes.saveEntry>;
export type ImportSummary = ResponseOf<typeof dataValueRoutes.importFile, 201>;
export type ExportFormat = 'csv' | 'xlsx' | 'json';

export interface ImportLineError {
  line: number;
  field: string;
  message: string;
}

export interface EntryKey {
  dataSetId: string;
  orgUnitId: string;
  period: string;
}

const base = (slug: string) => `/api/workspaces/${encodeURIComponent(slug)}/monitoring`;

export const dataValuesApi = {
  entryForm: (slug: string, key: EntryKey) =>
    apiRequest<EntryForm>('GET', `${base(slug)}/data-entry${queryString({ ...key })}`),
  saveEntry: (slug: string, body: SaveEntryBody) =>
    apiRequest<EntryForm>('PUT', `${base(slug)}/data-entry`, body),
  importFile: (slug: string, file: File) =>
    apiUpload<ImportSummary>(`${base(slug)}/data-values/import`, file),
  /** A download address (the session cookie goes with it). */
  exportUrl: (
    slug: string,
    format: ExportFormat,
    filter: { dataElementId?: string | null; orgUnitId?: string | null; period?: string | null },
  ) => `${base(slug)}/data-values${queryString({ ...filter, format })}`,
};

/** Every key starts with ['monitoring', slug], as in the rest of the Monitor area. */
export const dataValuesKeys = {
  entryForm: (slug: string, key: EntryKey) =>
    ['monitoring', slug, 'data-entry', key.dataSetId, key.orgUnitId, key.period] as const,
};

export function useEntryForm(slug: string, key: EntryKey | null) {
  return useQuery({
    queryKey: key ? dataValuesKeys.entryForm(slug, key) : ['monitoring', slug, 'data-entry', 'none'],
    queryFn: () => dataValuesApi.entryForm(slug, key as EntryKey),
    enabled: key !== null,
  });
}

/** The errors of a refused import (`invalid_import`), from the error's details. */
export function importErrorsOf(details: unknown): { errors: ImportLineError[]; total: number } | null {
  const value = details as { errors?: unknown; total?: unknown } | undefined;
  if (!value || !Array.isArray(value.errors)) return null;
  return {
    errors: value.errors as ImportLineError[],
    total: typeof value.total === 'number' ? value.total : value.errors.length,
  };
}

/** The CSV template: the import's columns and two example lines with the workspace's first codes. */
export function templateCsv(example: { dataElement: string; orgUnit: string; period: string }): string {
  const lines = [
    'dataElement,period,orgUnit,categoryOptionCombo,value,comment',
    `${example.dataElement},${example.period},${example.orgUnit},default,0,`,
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
