import { type QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { FunderListSchema } from '../../../server/modules/finance/funders-schemas';
import type { rateRoutes } from '../../../server/modules/finance/rates-routes';
import type { settingsRoutes } from '../../../server/modules/finance/settings-routes';
import type { BodyOf, ResponseOf } from '../../api/contract';
import { apiRequest, apiUpload } from '../../api/http';
import { rememberVersions } from '../../api/versions';
import { i18next } from '../../i18n';
import { coordinationKeys } from '../coordination/coordinationApi';
import { useCurrentWorkspace } from '../workspaces/workspaceContext';
import { iatiKeys } from './iati/iatiApi';

export type FinanceSettings = ResponseOf<typeof settingsRoutes.get>['settings'];
export type FinanceSettingsInput = BodyOf<typeof settingsRoutes.put>;
export type ExchangeRate = ResponseOf<typeof rateRoutes.list>['rates'][number];
export type NewExchangeRate = BodyOf<typeof rateRoutes.create>;
export type FunderList = z.output<typeof FunderListSchema>;

export const financePath = (slug: string) => `/api/workspaces/${encodeURIComponent(slug)}/finance`;

/** The settings live at `…/finance/settings`: their version is remembered under that last segment for If-Match. */
const rememberSettings = (settings: FinanceSettings) => {
  rememberVersions({ id: 'settings', version: settings.version });
  return settings;
};

export const financeApi = {
  settings: (slug: string) =>
    apiRequest<{ settings: FinanceSettings }>('GET', `${financePath(slug)}/settings`).then((body) =>
      rememberSettings(body.settings),
    ),
  saveSettings: (slug: string, input: FinanceSettingsInput) =>
    apiRequest<{ settings: FinanceSettings }>('PUT', `${financePath(slug)}/settings`, input).then((body) =>
      rememberSettings(body.settings),
    ),
  rates: (slug: string) =>
    apiRequest<{ rates: ExchangeRate[] }>('GET', `${financePath(slug)}/exchange-rates`),
  addRate: (slug: string, input: NewExchangeRate) =>
    apiRequest<{ rate: ExchangeRate }>('POST', `${financePath(slug)}/exchange-rates`, input),
  deleteRate: (slug: string, rateId: string) =>
    apiRequest<void>('DELETE', `${financePath(slug)}/exchange-rates/${encodeURIComponent(rateId)}`),
  importRates: (slug: string, file: File) =>
    apiUpload<{ imported: number }>(`${financePath(slug)}/exchange-rates/import`, file),
  funders: (slug: string) => apiRequest<FunderList>('GET', `${financePath(slug)}/funders`),
};

export const financeKeys = {
  all: (slug: string) => ['finance', slug] as const,
  settings: (slug: string) => ['finance', slug, 'settings'] as const,
  rates: (slug: string) => ['finance', slug, 'rates'] as const,
  funders: (slug: string) => ['finance', slug, 'funders'] as const,
  budgets: (slug: string, year: number | null) => ['finance', slug, 'budgets', year ?? 'all'] as const,
  macro: (slug: string) => ['finance', slug, 'macro'] as const,
};

/** What the role allows in the finance area (the server decides; this only chooses which controls to show). */
export function useFinancePermissions() {
  const { workspace, permissions } = useCurrentWorkspace();
  return {
    slug: workspace.slug,
    canWriteFinance: permissions.includes('finance:write'),
    canWriteFunding: permissions.includes('funding:write'),
  };
}

export function useFinanceSettingsQuery(slug: string) {
  return useQuery({ queryKey: financeKeys.settings(slug), queryFn: () => financeApi.settings(slug) });
}

export function useExchangeRatesQuery(slug: string) {
  return useQuery({ queryKey: financeKeys.rates(slug), queryFn: () => financeApi.rates(slug) });
}

export function useFundersQuery(slug: string) {
  return useQuery({ queryKey: financeKeys.funders(slug), queryFn: () => financeApi.funders(slug) });
}

/**
 * After a finance or plan write: refetch everything of the finance area, the IATI activities, and the
 * coordination pages, whose coverage matrix is drawn from the same funders, flows, rates and plan items.
 */
export function invalidateMoneyViews(client: QueryClient, slug: string) {
  return Promise.all([
    client.invalidateQueries({ queryKey: financeKeys.all(slug) }),
    client.invalidateQueries({ queryKey: iatiKeys.all(slug) }),
    client.invalidateQueries({ queryKey: coordinationKeys.all(slug) }),
  ]);
}

export function useInvalidateFinance(slug: string) {
  const client = useQueryClient();
  return () => invalidateMoneyViews(client, slug);
}

/** An amount with its currency code, in the reader's number format ("1 250 000 XOF"). */
export function formatMoney(value: number, currency: string): string {
  const number = new Intl.NumberFormat(i18next.language || 'en', { maximumFractionDigits: 2 }).format(value);
  return `${number}\u00a0${currency}`;
}

/** A fraction as a percentage in the reader's format (at most `digits` decimals); "—" when unknown. */
export function formatShare(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(i18next.language || 'en', {
    style: 'percent',
    maximumFractionDigits: digits,
  }).format(value);
}

/** Message key of a COFOG group's name: `finance:cofog.02_1` (keys cannot contain dots). */
export const cofogKey = (code: string) => `cofog.${code.replace('.', '_')}`;
