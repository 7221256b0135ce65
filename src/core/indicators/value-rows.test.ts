import { describe, expect, it } from 'vitest';
import {
  createValueRowMapper,
  mapValueRecord,
  parseDataValueSets,
  parseDecimalText,
  parseValueCell,
  parseYesNoText,
  toDataValueSets,
} from './value-rows.ts';

describe('parseValueCell', () => {
  it.each<[string, number | null]>([
    ['12', 12],
    [' -3.5 ', -3.5],
    ['.5', 0.5],
    ['1e3', 1000],
    ['true', 1],
    ['FALSE', 0],
    ['', null],
    ['abc', null],
    ['0x10', null],
    ['1,5', null],
    ['Infinity', null],
    ['1e999', null],
  ])('%j is %s', (text, expected) => {
    expect(parseValueCell(text)).toBe(expected);
  });
});

describe('parseDecimalText', () => {
  it.each<[string, number | null]>([
    ['12', 12],
    [' -3.5 ', -3.5],
    ['+.5', 0.5],
    ['7.', 7],
    ['2E-2', 0.02],
    ['1e999', Number.POSITIVE_INFINITY],
    ['-1e999', Number.NEGATIVE_INFINITY],
    ['true', null],
    ['', null],
    ['.', null],
    ['1,5', null],
    ['0x10', null],
    ['Infinity', null],
    ['1 000', null],
  ])('%j is %s', (text, expected) => {
    expect(parseDecimalText(text)).toBe(expected);
  });
});

describe('parseYesNoText', () => {
  it.each<[string, 1 | 0 | null]>([
    ['true', 1],
    [' TRUE ', 1],
    ['False', 0],
    ['yes', null],
    ['1', null],
    ['', null],
  ])('%j is %s', (text, expected) => {
    expect(parseYesNoText(text)).toBe(expected);
  });
});

describe('mapValueRecord', () => {
  const base = { dataElement: 'DE1', period: '2026-03', orgUnit: 'OU1', value: '4' };

  it('normalises the period and defaults the combo', () => {
    expect(mapValueRecord(base, 2)).toEqual({
      ok: true,
      row: {
        dataElement: 'DE1',
        period: '202603',
        orgUnit: 'OU1',
        categoryOptionCombo: 'default',
        value: 4,
        comment: null,
      },
      disaggregation: [],
    });
  });

  it('accepts DHIS2 CSV headers and ignores its bookkeeping columns', () => {
    const result = mapValueRecord(
      {
        '\uFEFFdataelement': 'DE1',
        period: '2026Q1',
        orgunit: 'OU1',
        categoryoptioncombo: 'F_Y15_24',
        attributeoptioncombo: 'default',
        value: 'true',
        storedby: 'admin',
        lastupdated: '2026-04-01',
        comment: 'checked',
        followup: 'false',
      },
      3,
    );
    expect(result).toMatchObject({
      ok: true,
      row: { categoryOptionCombo: 'F_Y15_24', value: 1, comment: 'checked', period: '2026Q1' },
      disaggregation: [],
    });
  });

  it('returns other columns as disaggregation, in column order, without empty cells', () => {
    const result = mapValueRecord({ ...base, Sex: 'F', age: ' Y15_24 ', region: '' }, 2);
    expect(result).toMatchObject({
      ok: true,
      disaggregation: [
        { column: 'Sex', value: 'F' },
        { column: 'age', value: 'Y15_24' },
      ],
    });
  });

  it.each<[Record<string, string>, string, string]>([
    [{ ...base, period: '2026-13' }, 'period', 'period: unknown period "2026-13"'],
    [{ ...base, period: '' }, 'period', 'period: required'],
    [{ ...base, value: 'many' }, 'value', 'value: not a number: "many"'],
    [{ ...base, value: '' }, 'value', 'value: required'],
    [{ ...base, dataElement: ' ' }, 'dataElement', 'dataElement: required'],
    [{ ...base, orgUnit: '' }, 'orgUnit', 'orgUnit: required'],
    [
      { ...base, categoryOptionCombo: 'F', sex: 'F' },
      'categoryOptionCombo',
      'categoryOptionCombo: give either categoryOptionCombo or disaggregation columns (sex), not both',
    ],
  ])('rejects %j naming %s', (record, field, message) => {
    expect(mapValueRecord(record, 7)).toEqual({ ok: false, error: { line: 7, field, message } });
  });

  it('reports a missing required column', () => {
    expect(createValueRowMapper(['dataElement', 'orgUnit', 'value'])).toEqual({
      ok: false,
      error: { line: 1, field: 'period', message: 'missing column period' },
    });
  });

  it('maps cell arrays by header position', () => {
    const mapper = createValueRowMapper(['Value', 'ORGUNIT', 'Period', 'DataElement', 'sex']);
    if (!mapper.ok) throw new Error('header rejected');
    expect(mapper.map(['2.5', 'OU', '2026W1', 'DE', 'M'], 9)).toMatchObject({
      ok: true,
      row: { dataElement: 'DE', orgUnit: 'OU', period: '2026W1', value: 2.5 },
      disaggregation: [{ column: 'sex', value: 'M' }],
    });
  });
});

describe('parseDataValueSets', () => {
  it('reads values, applying top-level defaults and skipping deleted ones', () => {
    const result = parseDataValueSets({
      dataSet: 'DS',
      period: '2026-01',
      orgUnit: 'OU1',
      dataValues: [
        { dataElement: 'DE1', value: '3' },
        { dataElement: 'DE1', period: '2026July', orgUnit: 'OU2', categoryOptionCombo: 'F', value: 2.5 },
        { dataElement: 'DE2', value: false, comment: 'none', attributeOptionCombo: 'x' },
        { dataElement: 'DE3', value: '9', deleted: true },
      ],
    });
    expect(result.errors).toEqual([]);
    expect(result.lines).toEqual([1, 2, 3]);
    expect(result.rows).toEqual([
      {
        dataElement: 'DE1',
        period: '202601',
        orgUnit: 'OU1',
        categoryOptionCombo: 'default',
        value: 3,
        comment: null,
      },
      {
        dataElement: 'DE1',
        period: '2026July',
        orgUnit: 'OU2',
        categoryOptionCombo: 'F',
        value: 2.5,
        comment: null,
      },
      {
        dataElement: 'DE2',
        period: '202601',
        orgUnit: 'OU1',
        categoryOptionCombo: 'default',
        value: 0,
        comment: 'none',
      },
    ]);
  });

  it('names the position and the field of each bad value', () => {
    const result = parseDataValueSets({
      dataValues: [
        { dataElement: 'DE1', period: '2026', orgUnit: 'OU', value: '1' },
        { dataElement: 'DE1', period: 'soon', orgUnit: 'OU', value: '1' },
        { dataElement: 'DE1', period: '2026', value: '1' },
        { dataElement: 'DE1', period: '2026', orgUnit: 'OU', value: 'x' },
        'nonsense',
        { dataElement: { id: 'DE1' }, period: '2026', orgUnit: 'OU', value: '1' },
      ],
    });
    expect(result.rows).toHaveLength(1);
    expect(result.errors).toEqual([
      { line: 2, field: 'period', message: 'period: unknown period "soon"' },
      { line: 3, field: 'orgUnit', message: 'orgUnit: required' },
      { line: 4, field: 'value', message: 'value: not a number: "x"' },
      { line: 5, field: 'dataValues', message: 'dataValues: expected an object' },
      { line: 6, field: 'dataElement', message: 'dataElement: expected text' },
    ]);
  });

  it.each([null, [], { dataValues: {} }, 'text'])('rejects %j as a document', (json) => {
    expect(parseDataValueSets(json).errors).toEqual([
      { line: 0, field: 'dataValues', message: 'dataValues: expected an object with a dataValues array' },
    ]);
  });

  it('round-trips through toDataValueSets', () => {
    const values = [
      {
        dataElement: 'DE1',
        period: '2026Q1',
        orgUnit: 'OU',
        categoryOptionCombo: 'F',
        value: 0.1,
        comment: 'c',
      },
      {
        dataElement: 'DE2',
        period: '2026W10',
        orgUnit: 'OU',
        categoryOptionCombo: 'default',
        value: -4,
        comment: null,
      },
    ];
    const document = toDataValueSets(values, { dataSet: 'DS' });
    expect(document.dataSet).toBe('DS');
    expect(document.dataValues[0]).toEqual({
      dataElement: 'DE1',
      period: '2026Q1',
      orgUnit: 'OU',
      categoryOptionCombo: 'F',
      value: '0.1',
      comment: 'c',
    });
    expect(parseDataValueSets(JSON.parse(JSON.stringify(document)))).toEqual({
      rows: values,
      lines: [1, 2],
      errors: [],
    });
  });
});
