import { describe, expect, it } from 'vitest';
import { generateActivity, seededRandom } from '../../../bench/iati-generate';
import { haveSharedData } from '../../testing/shared-data';
import { readAllFromText } from './testing/read-all';
import { IATI_SCHEMA_PATH, validateIatiXml } from './testing/xsd';
import type { IatiActivity } from './types';
import { decimalText, iatiDocumentChunks, writeIatiXml } from './writer';

const options = { generatedAt: new Date('2026-03-01T12:00:00Z') };

const fullActivity: IatiActivity = {
  identifier: 'XM-DAC-41114-SSR-001',
  title: 'Police reform & community <safety>',
  description: 'Support to the national police, "trust" building',
  defaultCurrency: 'EUR',
  language: 'fr',
  reportingOrg: { ref: 'XM-DAC-41114', name: 'Programme des Nations Unies', role: null, type: '40' },
  participatingOrgs: [
    { ref: 'XM-DAC-41114', name: 'UNDP', role: '1', type: '40' },
    { ref: null, name: 'Ministère de l’Intérieur', role: '4', type: '10' },
  ],
  status: '2',
  plannedStart: '2024-01-01',
  actualStart: '2024-02-01',
  plannedEnd: '2027-12-31',
  actualEnd: null,
  recipientCountries: ['CF'],
  sectors: [
    { code: '15210', vocabulary: '1', percentage: 60 },
    { code: '15130', vocabulary: '1', percentage: 40 },
  ],
  budgets: [
    {
      type: '1',
      status: '2',
      periodStart: '2024-01-01',
      periodEnd: '2024-12-31',
      value: { value: 1_250_000.5, currency: 'EUR', valueDate: '2024-01-01' },
    },
  ],
  plannedDisbursements: [
    {
      type: '1',
      status: null,
      periodStart: '2025-01-01',
      periodEnd: null,
      value: { value: 300000, currency: 'USD', valueDate: '2025-01-01' },
    },
  ],
  transactions: [
    {
      type: 'commitment',
      date: '2024-01-15',
      value: { value: 2_000_000, currency: null, valueDate: '2024-01-15' },
      description: 'Grant agreement',
      providerOrg: 'UNDP',
      receiverOrg: 'Ministère de l’Intérieur',
      sectors: [],
    },
    {
      type: 'incoming-pledge',
      date: '2024-03-01',
      value: { value: 0.000001, currency: 'XOF', valueDate: '2024-03-01' },
      description: null,
      providerOrg: null,
      receiverOrg: null,
      sectors: [{ code: '15210', vocabulary: '1', percentage: null }],
    },
  ],
  results: [
    {
      type: '1',
      title: 'Police presence in rural areas',
      indicators: [
        {
          title: 'Police posts staffed',
          measure: '1',
          baseline: { year: '2023', value: '12' },
          targets: [{ periodStart: '2024-01-01', periodEnd: '2024-12-31', target: '30', actual: '24' }],
        },
      ],
    },
  ],
};

const minimalActivity: IatiActivity = {
  ...fullActivity,
  identifier: 'XM-MIN-1',
  description: null,
  defaultCurrency: null,
  language: null,
  participatingOrgs: [{ ref: 'XM-1', name: null, role: '1', type: null }],
  plannedStart: '2024-01-01',
  actualStart: null,
  plannedEnd: null,
  recipientCountries: [],
  sectors: [],
  budgets: [],
  plannedDisbursements: [],
  transactions: [],
  results: [],
};

describe('decimalText', () => {
  it.each([
    [12, '12'],
    [1.5, '1.5'],
    [0.000001, '0.000001'],
    [1e-7, '0.0000001'],
    [1e21, '1000000000000000000000'],
    [-3.25, '-3.25'],
  ])('%s → %s', (value, text) => expect(decimalText(value)).toBe(text));
});

describe.runIf(haveSharedData(IATI_SCHEMA_PATH))('IATI 2.03 writer', () => {
  it('writes XML that validates against the 2.03 schema', async () => {
    const xml = writeIatiXml([fullActivity, minimalActivity], options);
    expect(await validateIatiXml(xml)).toEqual({ valid: true, errors: [] });
  }, 30_000);

  it('validates generated benchmark activities too', async () => {
    const random = seededRandom(7);
    const activities = Array.from({ length: 20 }, (_, i) => generateActivity(random, i + 1));
    expect(await validateIatiXml(writeIatiXml(activities, options))).toEqual({ valid: true, errors: [] });
  }, 30_000);

  it('fills what the schema requires but the model lacks', async () => {
    const bare: IatiActivity = {
      ...minimalActivity,
      status: null,
      plannedStart: null,
      participatingOrgs: [],
      reportingOrg: null,
      transactions: [
        { ...fullActivity.transactions[0], date: null, value: { value: 5, currency: null, valueDate: null } },
      ],
      results: [{ type: '1', title: 'No indicator yet', indicators: [] }],
    };
    const xml = writeIatiXml([bare], options);
    expect(await validateIatiXml(xml)).toEqual({ valid: true, errors: [] });
    expect(xml).toContain('<activity-status code="2"/>');
    expect(xml).toContain('<activity-date type="1" iso-date="2026-03-01"/>');
  }, 30_000);

  it('the schema check itself refuses an invalid document', async () => {
    const xml = writeIatiXml([minimalActivity], options).replace('<activity-status code="2"/>', '');
    const result = await validateIatiXml(xml);
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toContain('activity-status');
  }, 30_000);
});

describe('round trip', () => {
  it('write then read gives the same activities', async () => {
    const xml = writeIatiXml([fullActivity, minimalActivity], options);
    const { version, activities, warnings } = await readAllFromText(xml, 100);
    expect(version).toBe('2.03');
    expect(warnings).toEqual([]);
    expect(activities).toEqual([
      { ...fullActivity, reportingOrg: { ...fullActivity.reportingOrg, role: null } },
      minimalActivity,
    ]);
  });

  it('streams the same document in pieces', async () => {
    let streamed = '';
    for await (const piece of iatiDocumentChunks([fullActivity, minimalActivity], options)) streamed += piece;
    expect(streamed).toBe(writeIatiXml([fullActivity, minimalActivity], options));
  });
});
