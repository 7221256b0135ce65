import { describe, expect, it } from 'vitest';
import { haveSharedData, sharedDataPath } from '../../testing/shared-data';
import { transactionTypeName } from './codes';
import { IatiFileError, readIatiActivities } from './reader';
import { readAllFromFile, readAllFromText } from './testing/read-all';

const sample = (name: string) => sharedDataPath(`iati/${name}`);

describe.runIf(haveSharedData(sample('datastore_same_orgs_different_roles.xml')))('IATI sample files', () => {
  it('reads the annotated 2.0x standard example', async () => {
    const { version, activities, warnings } = await readAllFromFile(
      sample('activity-standard-example-annotated.xml'),
    );
    expect(version).toBe('2.01');
    expect(warnings).toEqual([]);
    const [activity] = activities;
    expect(activity).toMatchObject({
      identifier: 'AA-AAA-123456789-ABC123',
      title: 'Activity title',
      defaultCurrency: 'USD',
      language: 'en',
      reportingOrg: { ref: 'AA-AAA-123456789', name: 'Organisation name', type: '40' },
      status: '2',
      plannedStart: '2012-04-15',
      actualStart: '2012-04-28',
      plannedEnd: '2015-12-31',
      recipientCountries: ['AF', 'AG'],
      sectors: [
        { code: '111', vocabulary: '2', percentage: 50 },
        { code: '112', vocabulary: '2', percentage: 50 },
      ],
    });
    expect(activity.participatingOrgs.map((o) => [o.ref, o.role])).toEqual([
      ['BB-BBB-123456789', '1'],
      ['CC-CCC-123456789', '2'],
      ['AA-AAA-123456789', '3'],
    ]);
    expect(activity.budgets).toEqual([
      {
        type: '1',
        status: null,
        periodStart: '2014-01-01',
        periodEnd: '2014-12-31',
        value: { value: 3000, currency: 'EUR', valueDate: '2014-01-01' },
      },
    ]);
    expect(activity.plannedDisbursements).toHaveLength(2);
    expect(activity.transactions).toEqual([
      {
        type: 'incoming-funds',
        date: '2012-01-01',
        value: { value: 1000, currency: 'EUR', valueDate: '2012-01-01' },
        description: 'Transaction description text',
        providerOrg: 'Agency B',
        receiverOrg: 'Agency A',
        sectors: [{ code: '111', vocabulary: '2', percentage: null }],
      },
    ]);
    expect(activity.results).toEqual([
      {
        type: '1',
        title: 'Result title',
        indicators: [
          {
            title: 'Indicator title',
            measure: '1',
            baseline: { year: '2012', value: '10' },
            targets: [{ periodStart: '2013-01-01', periodEnd: '2013-03-31', target: '10', actual: '11' }],
          },
        ],
      },
    ]);
  });

  it('reads the legacy 1.00 file: text in elements, letter transaction codes, default currency', async () => {
    const { version, activities, warnings } = await readAllFromFile(
      sample('datastore_same_orgs_different_roles.xml'),
    );
    expect(version).toBe('1.00');
    expect(warnings).toEqual([]);
    expect(activities).toHaveLength(54);
    const first = activities[0];
    expect(first.title).toBe('ICRC Appeal 2010');
    expect(first.reportingOrg).toEqual({
      ref: 'SE-6',
      name: 'Swedish International Development Cooperation Agency',
      role: null,
      type: '10',
    });
    expect(first.participatingOrgs.map((o) => o.role)).toEqual([
      'Extending',
      'Funding',
      'Implementing',
      'Accountable',
    ]);
    expect(first.sectors).toEqual([{ code: '72010', vocabulary: '1', percentage: 100 }]);
    const transactions = activities.flatMap((a) => a.transactions);
    expect(transactions).toHaveLength(92);
    expect(new Set(transactions.map((t) => t.type))).toEqual(new Set(['disbursement']));
    expect(new Set(activities.map((a) => a.defaultCurrency))).toEqual(new Set(['USD']));
    expect(first.transactions[0]).toMatchObject({
      type: 'disbursement',
      date: '2010-01-01',
      value: { value: 408209 },
    });
  });

  it('reads the pre-1.0 DFID draft as far as it maps', async () => {
    const { activities } = await readAllFromFile(sample('schemas_dfid_sample.xml'));
    expect(activities[0]).toMatchObject({
      title: 'FA TO MINISTRY OF JUSTICE',
      defaultCurrency: 'GBP',
      reportingOrg: { name: 'DFID' },
      recipientCountries: ['MW'],
      sectors: [
        { code: '15130', vocabulary: '1', percentage: 70 },
        { code: '15120', vocabulary: '1', percentage: 30 },
      ],
    });
    expect(activities[0].transactions).toMatchObject([{ type: 'disbursement', value: { value: 390246 } }]);
  });
});

describe('transaction type codes', () => {
  it.each([
    ['1', 'incoming-funds'],
    ['2', 'commitment'],
    ['3', 'disbursement'],
    ['4', 'expenditure'],
    ['11', 'incoming-commitment'],
    ['13', 'incoming-pledge'],
    ['IF', 'incoming-funds'],
    ['C', 'commitment'],
    ['D', 'disbursement'],
    ['E', 'expenditure'],
    ['IR', 'interest-payment'],
    ['LR', 'loan-repayment'],
    ['R', 'reimbursement'],
    ['QP', 'purchase-of-equity'],
    ['QS', 'sale-of-equity'],
    ['CG', 'credit-guarantee'],
    ['14', null],
    ['X', null],
  ])('%s → %s', (code, name) => expect(transactionTypeName(code)).toBe(name));
});

const activityXml = (inner: string, version = '2.03') =>
  `<?xml version="1.0"?>\n<iati-activities version="${version}">\n<iati-activity default-currency="EUR">\n${inner}\n</iati-activity>\n</iati-activities>\n`;

describe('reading text in pieces', () => {
  it('gives the same activity whatever the piece size, with entities and non-ASCII text', async () => {
    const xml = activityXml(
      `<iati-identifier>X-1</iati-identifier><reporting-org ref="X" type="10"><narrative>Réf &amp; Co</narrative></reporting-org>
<title><narrative xml:lang="fr">Réforme de la police</narrative><narrative xml:lang="en">Police reform</narrative></title>
<transaction><transaction-type code="3"/><transaction-date iso-date="2020-01-01"/><value value-date="2020-01-01">1.5</value></transaction>`,
    );
    for (const size of [1, 3, 64, xml.length]) {
      const { activities, warnings } = await readAllFromText(xml, size);
      expect(warnings).toEqual([]);
      expect(activities[0].title).toBe('Réforme de la police');
      expect(activities[0].reportingOrg?.name).toBe('Réf & Co');
      expect(activities[0].transactions[0].value).toEqual({
        value: 1.5,
        currency: null,
        valueDate: '2020-01-01',
      });
    }
  });

  it('reads UTF-8 bytes split anywhere, even inside a character', async () => {
    const xml = activityXml(
      '<iati-identifier>Ü-1</iati-identifier><title><narrative>تطوير الشرطة – Réforme</narrative></title><recipient-country code="CÔ"/>',
    );
    const bytes = Buffer.from(xml, 'utf8');
    for (const size of [1, 2, 5, 4096]) {
      const { activities } = await readIatiActivities(
        (async function* () {
          for (let i = 0; i < bytes.length; i += size) yield new Uint8Array(bytes.subarray(i, i + size));
        })(),
        {
          onActivity: (activity) =>
            void expect(activity).toMatchObject({
              identifier: 'Ü-1',
              title: 'تطوير الشرطة – Réforme',
              recipientCountries: ['CÔ'],
            }),
        },
      );
      expect(activities).toBe(1);
    }
  });

  it('skips a UTF-8 byte order mark, as text or as bytes', async () => {
    const xml =
      '\ufeff<iati-activities version="2.03"><iati-activity><iati-identifier>B</iati-identifier></iati-activity></iati-activities>';
    const asText = await readAllFromText(xml, 4);
    expect(asText.activities[0].identifier).toBe('B');
    let identifier = '';
    await readIatiActivities(
      (async function* () {
        yield new Uint8Array(Buffer.from(xml, 'utf8'));
      })(),
      {
        onActivity: (activity) => {
          identifier = activity.identifier;
        },
      },
    );
    expect(identifier).toBe('B');
  });

  it('awaits each activity before reading on', async () => {
    const xml = `<iati-activities version="2.03">${'<iati-activity><iati-identifier>A</iati-identifier></iati-activity>'.repeat(3)}</iati-activities>`;
    const order: string[] = [];
    await readIatiActivities(
      (async function* () {
        yield xml;
      })(),
      {
        onActivity: async () => {
          order.push('start');
          await new Promise((resolve) => setTimeout(resolve, 1));
          order.push('end');
        },
      },
    );
    expect(order).toEqual(['start', 'end', 'start', 'end', 'start', 'end']);
  });
});

describe('malformed files', () => {
  it.each([
    ['not XML', 'this is a CSV, not XML\n', 1, 'xmlNoRoot'],
    ['not IATI', '<?xml version="1.0"?>\n<organisations/>', 2, 'notIati'],
    ['truncated', activityXml('<iati-identifier>X</iati-identifier>').slice(0, 90), 3, 'xmlTruncated'],
    [
      'mismatched tags',
      '<iati-activities version="2.03">\n<iati-activity>\n</iati-activities>',
      3,
      'xmlMismatchedTag',
    ],
    ['unquoted attribute', '<iati-activities version=2.03>', 1, 'xmlBadMarkup'],
    ['two roots', '<iati-activities version="2.03"/>\n<iati-activities/>', 2, 'xmlTextOutsideRoot'],
  ])('%s is refused with the line', async (_label, xml, line, key) => {
    const error = await readAllFromText(xml).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IatiFileError);
    expect(error).toMatchObject({ line, key });
    expect((error as Error).message).toMatch(new RegExp(`^Line ${line}(, column \\d+)?: `));
  });
});

describe('warnings on usable data', () => {
  it.each([
    [
      'unknown transaction code',
      '<transaction><transaction-type code="99"/><transaction-date iso-date="2020-01-01"/><value value-date="2020-01-01">1</value></transaction>',
      'unknownTransactionType',
      { code: '99' },
    ],
    [
      'bad date',
      '<activity-date type="1" iso-date="2020-13-01"/>',
      'badDate',
      { element: 'activity-date', field: 'iso-date', value: '2020-13-01' },
    ],
    [
      'not a number',
      '<budget><period-start iso-date="2020-01-01"/><period-end iso-date="2020-12-31"/><value value-date="2020-01-01">lots</value></budget>',
      'badDecimalText',
      { element: 'value', value: 'lots' },
    ],
    [
      'a decimal too large to count',
      `<transaction><transaction-type code="3"/><transaction-date iso-date="2020-01-01"/><value value-date="2020-01-01">1${'0'.repeat(400)}</value></transaction>`,
      'badDecimalText',
      { element: 'value', value: `1${'0'.repeat(400)}` },
    ],
  ])('%s', async (_label, inner, key, params) => {
    const { activities, warnings } = await readAllFromText(
      activityXml(
        `<iati-identifier>A</iati-identifier><reporting-org ref="R" type="10"><narrative>R</narrative></reporting-org><title><narrative>T</narrative></title>${inner}`,
      ),
    );
    expect(activities).toHaveLength(1);
    expect(warnings).toEqual([{ line: 4, key, params }]);
  });

  it('warns when the version is missing and reads on', async () => {
    const { version, warnings, activities } = await readAllFromText(
      '<iati-activities><iati-activity><iati-identifier>A</iati-identifier></iati-activity></iati-activities>',
    );
    expect(version).toBeNull();
    expect(warnings[0]).toEqual({ line: 1, key: 'missingVersion', params: {} });
    expect(activities[0].identifier).toBe('A');
  });
});

describe('message keys', () => {
  it('has a text for every key the reader emits, and no other', async () => {
    const { IATI_FILE_ERROR_KEYS, IATI_WARNING_KEYS } = await import('./message-keys');
    const english = (await import('../../web/i18n/iatiWarnings/en.json')).default;
    expect(Object.keys(english).sort()).toEqual([...IATI_WARNING_KEYS, ...IATI_FILE_ERROR_KEYS].sort());
  });
});

describe('checkSchema: false', () => {
  it('reads the same activities without the schema warnings', async () => {
    const xml = activityXml(
      '<iati-identifier>A</iati-identifier><title><narrative>T</narrative></title><title><narrative>T2</narrative></title><foo/>',
    );
    const checked = await readAllFromText(xml);
    expect(checked.warnings.map((w) => w.key)).toEqual(['tooMany', 'unknownElement', 'missingChild']);
    const activities: unknown[] = [];
    const warnings: unknown[] = [];
    await readIatiActivities(
      (async function* () {
        yield xml;
      })(),
      {
        onActivity: (a) => void activities.push(a),
        onWarning: (w) => void warnings.push(w),
        checkSchema: false,
      },
    );
    expect(warnings).toEqual([]);
    expect(activities).toEqual(checked.activities);
  });
});
