import { MantineProvider } from '@mantine/core';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { i18next, i18nReady } from '../../../i18n';

// the message module reads the browser's language and marks <html> when it loads: give it the little it needs
vi.hoisted(() => {
  if (typeof navigator === 'undefined') vi.stubGlobal('navigator', { languages: ['en'], language: 'en' });
  if (typeof document === 'undefined') vi.stubGlobal('document', { documentElement: {} });
  if (typeof window === 'undefined') vi.stubGlobal('window', {});
});

import { MacroYearForm } from '../macro/MacroYearForm';
import { BudgetLineForm } from './BudgetLineForm';
import { BudgetTable } from './BudgetTable';
import { type BudgetLine, type BudgetTotal, totalsByCurrency } from './budgetsApi';

const line = (change: Partial<BudgetLine>): BudgetLine => ({
  id: 'l1',
  fiscalYear: 2026,
  actorId: null,
  institution: 'National Police',
  cofog: '03.1',
  economicClass: 'personnel',
  description: null,
  currency: 'XOF',
  approved: 1000,
  revised: null,
  executed: null,
  sourceFunderId: null,
  source: null,
  secret: false,
  offBudget: false,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  version: 1,
  ...change,
});
const total: BudgetTotal = {
  currency: 'USD',
  approved: 2,
  revised: 2,
  executed: 0,
  ratesUsed: [],
  missingRates: [],
};

describe('totalsByCurrency', () => {
  it('never adds amounts of different currencies; an unrevised line counts with its approved amount', () => {
    expect(
      totalsByCurrency([
        line({ approved: 100, revised: 120, executed: 50 }),
        line({ id: 'l2', approved: 10 }),
        line({ id: 'l3', currency: 'EUR', approved: 5, executed: 4 }),
      ]),
    ).toEqual([
      { currency: 'XOF', approved: 110, revised: 130, executed: 50 },
      { currency: 'EUR', approved: 5, revised: 5, executed: 4 },
    ]);
  });
});

describe('BudgetTable', () => {
  beforeAll(async () => {
    await i18nReady;
    await i18next.loadNamespaces(['finance']);
  });
  const render = (lines: BudgetLine[], canWrite: boolean) =>
    renderToStaticMarkup(
      createElement(
        MantineProvider,
        null,
        createElement(BudgetTable, { lines, total, canWrite, onEdit: () => {}, onDelete: () => {} }),
      ),
    );

  it('draws each line with its badges, a total per currency and the total in the reporting currency', () => {
    const html = render([line({ secret: true }), line({ id: 'l2', offBudget: true, currency: 'EUR' })], true);
    expect(html).toContain('National Police');
    expect(html).toContain('>Secret<');
    expect(html).toContain('>Off budget<');
    expect(html.match(/data-testid="budget-total"/g)).toHaveLength(2);
    expect(html).toContain('data-testid="budget-total-reporting"');
    expect(html).toContain('>Edit<');
    expect(html).toContain('Police services');
    expect(html).toContain('Total in USD');
  });

  it('shows no edit controls to readers and no converted row when all lines are in the reporting currency', () => {
    const html = render([line({ currency: 'USD' })], false);
    expect(html).not.toContain('>Edit<');
    expect(html).not.toContain('budget-total-reporting');
  });
});

describe('the finance forms', () => {
  const html = (element: ReturnType<typeof createElement>) =>
    renderToStaticMarkup(createElement(MantineProvider, null, element));

  it('draw a budget line being edited and a macro year being added', async () => {
    await i18nReady;
    await i18next.loadNamespaces(['finance']);
    const form = html(
      createElement(BudgetLineForm, {
        line: line({ description: 'Salaries', revised: 900 }),
        year: 2026,
        defaultCurrency: 'USD',
        institutions: [{ id: 'a1', name: 'National Police' }],
        funders: [{ id: 'f1', name: 'European Union' }],
        busy: false,
        error: null,
        onSubmit: () => {},
        onCancel: () => {},
      }),
    );
    expect(form).toContain('value="Salaries"');
    expect(form).toContain('Function (COFOG)');
    const macro = html(
      createElement(MacroYearForm, {
        year: null,
        currency: 'XOF',
        takenYears: [2025],
        busy: false,
        error: null,
        onSubmit: () => {},
        onCancel: () => {},
      }),
    );
    expect(macro).toContain('GDP');
    expect(macro).toContain('XOF');
  });
});
