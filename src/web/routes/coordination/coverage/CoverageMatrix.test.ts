import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MantineProvider } from '@mantine/core';
import { createInstance } from 'i18next';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Coverage } from '../coordinationApi';
import { CoverageLegend, CoverageMatrix } from './CoverageMatrix';

const i18n = createInstance();
beforeAll(async () => {
  const messages = JSON.parse(readFileSync(join(__dirname, '../../../i18n/coordination/en.json'), 'utf8'));
  await i18n.use(initReactI18next).init({ lng: 'en', resources: { en: { coordination: messages } } });
});

const coverage: Coverage = {
  plan: { id: 'plan', name: 'Reform plan' },
  currency: 'USD',
  gapThreshold: 15,
  funders: [
    { id: 'eu', name: 'European Union' },
    { id: 'uk', name: 'United Kingdom' },
  ],
  rows: [
    {
      kind: 'need',
      id: 'n1',
      label: 'Police vetting',
      priority: 20,
      cells: [
        { funderId: 'eu', committed: 0, disbursed: 0 },
        { funderId: 'uk', committed: 0, disbursed: 0 },
      ],
      committed: 0,
      disbursed: 0,
      funderCount: 0,
      gap: { key: 'coverage.gap.unfunded', params: { priority: 20, threshold: 15 } },
      duplication: null,
    },
    {
      kind: 'area',
      id: 'p1',
      label: 'P1 Police',
      priority: null,
      cells: [
        { funderId: 'eu', committed: 1100, disbursed: 500 },
        { funderId: 'uk', committed: 500, disbursed: 0 },
      ],
      committed: 1600,
      disbursed: 500,
      funderCount: 2,
      gap: null,
      duplication: { key: 'coverage.duplication.noMechanism', params: { funders: 2 } },
    },
  ],
  ratesUsed: [{ fromCurrency: 'EUR', toCurrency: 'USD', rate: 1.1, rateDate: '2027-01-01' }],
  missingRates: [],
  hiddenFunderCount: 0,
};

const render = (node: ReturnType<typeof createElement>) =>
  renderToString(createElement(I18nextProvider, { i18n }, createElement(MantineProvider, null, node)));

describe('coverage matrix page parts', () => {
  it('renders the matrix with funders as columns, the flags and their reasons in the reader’s language', () => {
    const html = render(createElement(CoverageMatrix, { coverage }));
    expect(html).toContain('data-testid="coverage-matrix"');
    expect(html).toContain('European Union');
    expect(html).toContain('data-testid="coverage-gap"');
    expect(html).toContain('Priority 20 (threshold 15) and no funder commits or disburses anything for it.');
    expect(html).toContain('data-testid="coverage-duplication"');
    expect(html).toContain('2 funders here and no coordination mechanism covers it.');
    expect(html).toContain('1,600');
    expect(html).toContain('disbursed 500');
  });

  it('explains the flags with the threshold in force', () => {
    expect(render(createElement(CoverageLegend, { coverage }))).toContain('is 15 or more');
  });
});
