import { describe, expect, it } from 'vitest';
import type { EntryForm } from './dataValuesApi';
import { cellOfServerError, changesOf, draftOf, parseCell } from './entryDraft';

const form: EntryForm = {
  dataSet: { id: 'ds', code: 'DS', name: 'Set', periodType: 'quarterly' },
  orgUnit: { id: 'ou', code: 'OU', name: 'Unit' },
  period: { id: '2026Q1', start: '2026-01-01', end: '2026-03-31' },
  elements: [
    {
      id: 'officers',
      code: 'OFFICERS',
      name: 'Officers',
      valueType: 'integer',
      combos: [
        { code: 'F', name: 'Female' },
        { code: 'M', name: 'Male' },
      ],
    },
    {
      id: 'share',
      code: 'SHARE',
      name: 'Share',
      valueType: 'percentage',
      combos: [{ code: 'default', name: '' }],
    },
  ],
  values: [
    {
      dataElementId: 'officers',
      categoryOptionCombo: 'F',
      value: 10,
      comment: null,
      updatedAt: '2026-01-01T00:00:00Z',
    },
  ],
  version: 7,
};

describe('entry draft', () => {
  it.each([
    ['', 'number', { value: null }],
    ['12', 'integer', { value: 12 }],
    ['3,5', 'number', { value: 3.5 }],
    ['3.5', 'integer', { problem: 'integer' }],
    ['101', 'percentage', { problem: 'percentage' }],
    ['2', 'boolean', { problem: 'boolean' }],
    ['12abc', 'number', { problem: 'number' }],
  ] as const)('reads "%s" as a %s cell', (text, type, expected) => {
    expect(parseCell(text, type)).toEqual(expected);
  });

  it('sends only changed cells: edits, new values and emptied ones as null; holds back wrong ones', () => {
    const draft = draftOf(form);
    expect(changesOf(form, draft).values).toEqual([]);
    draft['officers|F'] = { value: '', comment: '' };
    draft['officers|M'] = { value: '20', comment: ' checked ' };
    draft['share|default'] = { value: '150', comment: '' };
    const changes = changesOf(form, draft);
    expect(changes.values).toEqual([
      { dataElementId: 'officers', categoryOptionCombo: 'F', value: null, comment: null },
      { dataElementId: 'officers', categoryOptionCombo: 'M', value: 20, comment: 'checked' },
    ]);
    expect(changes.keys).toEqual(['officers|F', 'officers|M']);
    expect(changes.problems).toEqual({ 'share|default': 'percentage' });
  });

  it('places a server error on the cell it names', () => {
    expect(cellOfServerError('values[1].value: must be a whole number', ['a|F', 'b|M'])).toEqual({
      key: 'b|M',
      message: 'must be a whole number',
    });
    expect(cellOfServerError('period: not a period', ['a|F'])).toBeNull();
  });
});
