import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { categoryRoutes } from '../../../../server/modules/monitoring/categories-routes';
import type { dataElementRoutes } from '../../../../server/modules/monitoring/data-elements-routes';
import type { dataSetRoutes } from '../../../../server/modules/monitoring/data-sets-routes';
import type { orgUnitRoutes } from '../../../../server/modules/monitoring/org-units-routes';
import type { BodyOf, ResponseOf } from '../../../api/contract';
import { apiRequest, apiUpload } from '../../../api/http';

/**
 * Monitoring metadata on the web: query keys, fetchers and hooks for org units, categories, data
 * elements and data sets. Other Monitor pages import these for their pickers.
 */

export type OrgUnit = ResponseOf<typeof orgUnitRoutes.list>['orgUnits'][number];
export type OrgUnitInput = BodyOf<typeof orgUnitRoutes.create>;
export type OrgUnitPatch = BodyOf<typeof orgUnitRoutes.update>;
export type OrgUnitImportResult = ResponseOf<typeof orgUnitRoutes.import, 201>;
export type Category = ResponseOf<typeof categoryRoutes.list>['categories'][number];
export type CategoryInput = BodyOf<typeof categoryRoutes.create>;
export type CategoryPatch = BodyOf<typeof categoryRoutes.update>;
export type DataElement = ResponseOf<typeof dataElementRoutes.list>['dataElements'][number];
export type DataElementCombo = DataElement['combos'][number];
export type DataElementInput = BodyOf<typeof dataElementRoutes.create>;
export type DataElementPatch = BodyOf<typeof dataElementRoutes.update>;
export type DataSet = ResponseOf<typeof dataSetRoutes.list>['dataSets'][number];
export type DataSetInput = BodyOf<typeof dataSetRoutes.create>;
export type DataSetPatch = BodyOf<typeof dataSetRoutes.update>;

const base = (slug: string) => `/api/workspaces/${encodeURIComponent(slug)}/monitoring`;
const id = (value: string) => encodeURIComponent(value);

export const metadataApi = {
  orgUnits: (slug: string) => apiRequest<{ orgUnits: OrgUnit[] }>('GET', `${base(slug)}/org-units`),
  createOrgUnit: (slug: string, input: OrgUnitInput) =>
    apiRequest<{ orgUnit: OrgUnit }>('POST', `${base(slug)}/org-units`, input),
  updateOrgUnit: (slug: string, orgUnitId: string, patch: OrgUnitPatch) =>
    apiRequest<{ orgUnit: OrgUnit }>('PATCH', `${base(slug)}/org-units/${id(orgUnitId)}`, patch),
  deleteOrgUnit: (slug: string, orgUnitId: string) =>
    apiRequest<void>('DELETE', `${base(slug)}/org-units/${id(orgUnitId)}`),
  importOrgUnits: (slug: string, file: File) =>
    apiUpload<OrgUnitImportResult>(`${base(slug)}/org-units/import`, file),

  categories: (slug: string) => apiRequest<{ categories: Category[] }>('GET', `${base(slug)}/categories`),
  createCategory: (slug: string, input: CategoryInput) =>
    apiRequest<{ category: Category }>('POST', `${base(slug)}/categories`, input),
  updateCategory: (slug: string, categoryId: string, patch: CategoryPatch) =>
    apiRequest<{ category: Category }>('PATCH', `${base(slug)}/categories/${id(categoryId)}`, patch),
  deleteCategory: (slug: string, categoryId: string) =>
    apiRequest<void>('DELETE', `${base(slug)}/categories/${id(categoryId)}`),

  dataElements: (slug: string) =>
    apiRequest<{ dataElements: DataElement[] }>('GET', `${base(slug)}/data-elements`),
  createDataElement: (slug: string, input: DataElementInput) =>
    apiRequest<{ dataElement: DataElement }>('POST', `${base(slug)}/data-elements`, input),
  updateDataElement: (slug: string, dataElementId: string, patch: DataElementPatch) =>
    apiRequest<{ dataElement: DataElement }>(
      'PATCH',
      `${base(slug)}/data-elements/${id(dataElementId)}`,
      patch,
    ),
  deleteDataElement: (slug: string, dataElementId: string) =>
    apiRequest<void>('DELETE', `${base(slug)}/data-elements/${id(dataElementId)}`),

  dataSets: (slug: string) => apiRequest<{ dataSets: DataSet[] }>('GET', `${base(slug)}/data-sets`),
  createDataSet: (slug: string, input: DataSetInput) =>
    apiRequest<{ dataSet: DataSet }>('POST', `${base(slug)}/data-sets`, input),
  updateDataSet: (slug: string, dataSetId: string, patch: DataSetPatch) =>
    apiRequest<{ dataSet: DataSet }>('PATCH', `${base(slug)}/data-sets/${id(dataSetId)}`, patch),
  deleteDataSet: (slug: string, dataSetId: string) =>
    apiRequest<void>('DELETE', `${base(slug)}/data-sets/${id(dataSetId)}`),
};

/** Every key starts with ['monitoring', slug]: invalidating that prefix refreshes the whole Monitor area. */
export const metadataKeys = {
  all: (slug: string) => ['monitoring', slug, 'metadata'] as const,
  orgUnits: (slug: string) => ['monitoring', slug, 'metadata', 'org-units'] as const,
  categories: (slug: string) => ['monitoring', slug, 'metadata', 'categories'] as const,
  dataElements: (slug: string) => ['monitoring', slug, 'metadata', 'data-elements'] as const,
  dataSets: (slug: string) => ['monitoring', slug, 'metadata', 'data-sets'] as const,
};

export const orgUnitsQuery = (slug: string) => ({
  queryKey: metadataKeys.orgUnits(slug),
  queryFn: async () => (await metadataApi.orgUnits(slug)).orgUnits,
});
export const categoriesQuery = (slug: string) => ({
  queryKey: metadataKeys.categories(slug),
  queryFn: async () => (await metadataApi.categories(slug)).categories,
});
export const dataElementsQuery = (slug: string) => ({
  queryKey: metadataKeys.dataElements(slug),
  queryFn: async () => (await metadataApi.dataElements(slug)).dataElements,
});
export const dataSetsQuery = (slug: string) => ({
  queryKey: metadataKeys.dataSets(slug),
  queryFn: async () => (await metadataApi.dataSets(slug)).dataSets,
});

export const useOrgUnits = (slug: string) => useQuery(orgUnitsQuery(slug));
export const useCategories = (slug: string) => useQuery(categoriesQuery(slug));
export const useDataElements = (slug: string) => useQuery(dataElementsQuery(slug));
export const useDataSets = (slug: string) => useQuery(dataSetsQuery(slug));

/**
 * After any Monitor definition write (metadata, results, indicators, targets): the whole Monitor area,
 * since names, combos, trees, statuses, dashboards and review flags all read them.
 */
export function useInvalidateMonitoring(slug: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['monitoring', slug] });
}

/** A name in the reader's language when translated, else the main name. */
export function localName(
  row: { name: string; nameTranslations: Partial<Record<string, string | undefined>> },
  language: string,
): string {
  const short = language.slice(0, 2);
  return row.nameTranslations[short] || row.name;
}
