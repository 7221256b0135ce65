import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { sectorMapKeys } from '../../api/sectorMap';
import { i18next, i18nReady } from '../../i18n';
import { type CurrentWorkspace, WorkspaceContext } from '../workspaces/workspaceContext';
import { BudgetsPage } from './budgets/BudgetsPage';
import { financeKeys } from './financeQueries';
import { MacroPage } from './macro/MacroPage';
import { FinanceSettingsPage } from './settings/FinanceSettingsPage';

// the message module reads the browser's language and marks <html> when it loads: give it the little it needs
vi.hoisted(() => {
  if (typeof navigator === 'undefined') vi.stubGlobal('navigator', { languages: ['en'], language: 'en' });
  if (typeof document === 'undefined') vi.stubGlobal('document', { documentElement: {} });
  if (typeof window === 'undefined') vi.stubGlobal('window', {});
});

const slug = 'demo';
const THIS_YEAR = new Date().getFullYear();
const settings = { reportingCurrency: 'XOF', fiscalYearStartMonth: 1, updatedAt: null, version: 0 };
const emptyTotal = { currency: 'XOF', approved: 0, revised: 0, executed: 0, ratesUsed: [], missingRates: [] };

/** A page drawn on the server from a cache filled beforehand, as a member with or without finance:write. */
function draw(page: () => ReactNode, canWrite: boolean, fill: (client: QueryClient) => void) {
  const client = new QueryClient();
  client.setQueryData(financeKeys.settings(slug), settings);
  client.setQueryData(sectorMapKeys.actors(slug), { actors: [] });
  client.setQueryData(financeKeys.funders(slug), { funders: [], ratesUsed: [], missingRates: [] });
  fill(client);
  const workspace = {
    workspace: { slug },
    permissions: canWrite ? ['workspace:read', 'finance:write'] : ['workspace:read'],
  } as unknown as CurrentWorkspace;
  return renderToStaticMarkup(
    createElement(
      MantineProvider,
      null,
      createElement(
        QueryClientProvider,
        { client },
        createElement(WorkspaceContext.Provider, { value: workspace }, createElement(page)),
      ),
    ),
  );
}

beforeAll(async () => {
  await i18nReady;
  await i18next.loadNamespaces(['finance']);
});

describe('finance pages', () => {
  it('budgets: the empty year invites a writer to add or import, and tells a reader no one has', () => {
    const fill = (client: QueryClient) =>
      client.setQueryData(financeKeys.budgets(slug, THIS_YEAR), { lines: [], years: [], total: emptyTotal });
    const writer = draw(BudgetsPage, true, fill);
    expect(writer).toContain(`No budget lines for ${THIS_YEAR}`);
    expect(writer).toContain('Add a budget line');
    expect(writer).toContain('Import budget lines from a file');
    const reader = draw(BudgetsPage, false, fill);
    expect(reader).toContain('No one has entered the budget of this year yet.');
    expect(reader).not.toContain('Add a budget line');
    expect(reader).not.toContain('Import budget lines');
  });

  it('macro: years newest first with shares of GDP', () => {
    const year = (fiscalYear: number, gdp: number) => ({
      fiscalYear,
      gdp,
      revenue: gdp / 5,
      expenditure: null,
      updatedAt: '2026-01-01T00:00:00.000Z',
      version: 1,
    });
    const html = draw(MacroPage, true, (client) =>
      client.setQueryData(financeKeys.macro(slug), [year(2025, 1000), year(2026, 2000)]),
    );
    expect(html.indexOf('>2026<')).toBeLessThan(html.indexOf('>2025<'));
    expect(html).toContain('20 %');
    expect(html).toContain('Import years from a file');
  });

  it('settings: the reporting currency and month, and the rates, editable only with finance:write', () => {
    const fill = (client: QueryClient) => client.setQueryData(financeKeys.rates(slug), { rates: [] });
    const writer = draw(FinanceSettingsPage, true, fill);
    expect(writer).toContain('value="XOF"');
    expect(writer).toContain('January');
    expect(writer).toContain('No exchange rates yet.');
    expect(writer).toContain('Add rate');
    const reader = draw(FinanceSettingsPage, false, fill);
    expect(reader).not.toContain('Add rate');
    expect(reader).toContain('readOnly=""');
  });
});
