import { type Period, parsePeriod } from '../../../core/indicators/periods.ts';
import { DEFAULT_COMBO, type ValueType } from '../../../core/indicators/types.ts';
import { parseDecimalText, parseYesNoText } from '../../../core/indicators/value-rows.ts';
import { isUnstorable } from '../../http/input-guard.ts';
import { restoreSpreadsheetText } from '../../http/spreadsheet-safety.ts';
import {
  categoriesOf,
  isResolveError,
  type MetaCategory,
  type MetaDataElement,
  type MetaOrgUnit,
  type MonitoringMetadata,
  type Resolved,
  resolveCategory,
  resolveDataElement,
  resolveOrgUnit,
} from './metadata-repo.ts';

/**
 * Turns import lines (CSV/XLSX cells or DHIS2 dataValueSets entries) into data value rows: data elements
 * and org units by id, code or unambiguous name; the combo from `categoryOptionCombo` or from one column
 * per category; the value checked against the element's value type. Each distinct code is resolved once
 * and kept in a Map, so a million lines cost a few Map lookups each.
 */

export interface LineError {
  line: number;
  field: string;
  message: string;
}

/** One line as read: raw texts (cells), before resolution. `disaggregation` follows the file's columns. */
export interface RawValueLine {
  dataElement: string;
  period: string;
  orgUnit: string;
  categoryOptionCombo: string;
  value: string | number | boolean | null;
  comment: string;
  disaggregation?: readonly string[];
}

export interface ValueRow {
  dataElementId: string;
  orgUnitId: string;
  period: Period;
  combo: string;
  value: number;
  comment: string | null;
}

/** A column named after a category (by code or name), whose cells are that category's options. */
export interface DisaggregationColumn {
  header: string;
  category: MetaCategory;
}

export interface ElementInfo {
  element: MetaDataElement;
  categories: MetaCategory[];
  /** For each of the element's categories, its column index in `disaggregation` (-1: no such column). */
  columns: number[];
  combosLower: Map<string, string>;
}

/** Why a value does not fit its element's value type, or null when it does. */
export function valueTypeProblem(valueType: ValueType, value: number): string | null {
  if (!Number.isFinite(value)) return 'must be a finite number';
  if (valueType === 'integer' && !Number.isInteger(value)) return 'must be a whole number (integer element)';
  if (valueType === 'percentage' && (value < 0 || value > 100))
    return 'must be between 0 and 100 (percentage element)';
  if (valueType === 'boolean' && value !== 0 && value !== 1) return 'must be 0 or 1 (yes/no element)';
  return null;
}

/**
 * A cell (text, or a number/boolean from XLSX or JSON) as a value of an element of `valueType`: plain decimal
 * notation, and `true`/`false` for yes/no elements only; null when it is not one. The value is not yet
 * checked against the type's range (see valueTypeProblem).
 */
export function parseCellForValueType(
  raw: string | number | boolean | null,
  valueType: ValueType,
): number | null {
  if (typeof raw === 'number') return raw;
  if (typeof raw === 'boolean') return raw ? 1 : 0;
  if (raw === null) return null;
  return (valueType === 'boolean' ? parseYesNoText(raw) : null) ?? parseDecimalText(raw);
}

const describeMiss = (what: string, key: string, miss: { error: 'unknown' | 'ambiguous' }) =>
  miss.error === 'ambiguous'
    ? `"${key}" names more than one ${what}; use its code`
    : `no ${what} with the id, code or name "${key}"`;

export class ValueLineResolver {
  private readonly elements = new Map<string, Resolved<ElementInfo>>();
  private readonly orgUnits = new Map<string, Resolved<MetaOrgUnit>>();
  private readonly periods = new Map<string, Period | null>();
  private readonly optionsByCategory = new Map<string, Map<string, string>>();

  constructor(
    private readonly meta: MonitoringMetadata,
    private readonly disaggregation: readonly DisaggregationColumn[] = [],
  ) {}

  /** The row for a line, or null after pushing its errors (one per wrong field). */
  resolve(raw: RawValueLine, line: number, errors: LineError[]): ValueRow | null {
    const before = errors.length;
    const info = this.element(raw.dataElement, line, errors);
    const unit = this.orgUnit(raw.orgUnit, line, errors);
    const period = this.period(raw.period, line, errors);
    const combo = info ? this.combo(info, raw, line, errors) : null;
    let value: number | null = null;
    if (info) {
      value = parseCellForValueType(raw.value, info.element.valueType);
      const problem =
        value === null ? 'must be a number, e.g. 12 or 3.5' : valueTypeProblem(info.element.valueType, value);
      if (problem) errors.push({ line, field: 'value', message: problem });
    }
    const comment = raw.comment.trim();
    if (isUnstorable(comment))
      errors.push({ line, field: 'comment', message: 'must not contain a NUL character (U+0000)' });
    if (errors.length > before || !info || !unit || !period || combo === null || value === null) return null;
    return {
      dataElementId: info.element.id,
      orgUnitId: unit.id,
      period,
      combo,
      value,
      comment: comment === '' ? null : comment,
    };
  }

  /** The element a cell names (cached), or null when it names none or several. */
  elementOf(key: string): ElementInfo | null {
    const found = this.elementLookup(key);
    return isResolveError(found) ? null : found;
  }

  /** The org unit a cell names (cached), or null. */
  orgUnitOf(key: string): MetaOrgUnit | null {
    const found = this.orgUnitLookup(key);
    return isResolveError(found) ? null : found;
  }

  /** The period a cell names (cached), or null. */
  periodOf(key: string): Period | null {
    let found = this.periods.get(key);
    if (found === undefined) {
      found = parsePeriod(key);
      this.periods.set(key, found);
    }
    return found;
  }

  /** The combo a `categoryOptionCombo` cell gives (empty: the default, for an element without categories), or null. */
  comboOf(info: ElementInfo, given: string): string | null {
    const text = given.trim();
    if (!text) return info.categories.length === 0 ? DEFAULT_COMBO : null;
    return info.combosLower.get(text.toLowerCase()) ?? null;
  }

  private elementLookup(key: string): Resolved<ElementInfo> {
    let found = this.elements.get(key);
    if (!found) {
      const resolved = resolveDataElement(this.meta, key);
      found = isResolveError(resolved) ? resolved : this.describeElement(resolved);
      this.elements.set(key, found);
    }
    return found;
  }

  private orgUnitLookup(key: string): Resolved<MetaOrgUnit> {
    let found = this.orgUnits.get(key);
    if (!found) {
      found = resolveOrgUnit(this.meta, key);
      this.orgUnits.set(key, found);
    }
    return found;
  }

  private element(key: string, line: number, errors: LineError[]): ElementInfo | null {
    const found = this.elementLookup(key);
    if (!isResolveError(found)) return found;
    errors.push({
      line,
      field: 'dataElement',
      message: key.trim() ? describeMiss('data element', key.trim(), found) : 'missing',
    });
    return null;
  }

  private describeElement(element: MetaDataElement): ElementInfo {
    const categories = categoriesOf(this.meta, element);
    const columns = categories.map((category) =>
      this.disaggregation.findIndex((column) => column.category.id === category.id),
    );
    const combosLower = new Map(element.combos.map((combo) => [combo.toLowerCase(), combo]));
    return { element, categories, columns, combosLower };
  }

  private orgUnit(key: string, line: number, errors: LineError[]): MetaOrgUnit | null {
    const found = this.orgUnitLookup(key);
    if (!isResolveError(found)) return found;
    errors.push({
      line,
      field: 'orgUnit',
      message: key.trim() ? describeMiss('org unit', key.trim(), found) : 'missing',
    });
    return null;
  }

  private period(key: string, line: number, errors: LineError[]): Period | null {
    const found = this.periodOf(key);
    if (!found)
      errors.push({
        line,
        field: 'period',
        message: key.trim()
          ? `"${key.trim()}" is not a period (2026, 2026S1, 2026Q1, 202603, 2026W10, 2026July)`
          : 'missing',
      });
    return found;
  }

  private combo(info: ElementInfo, raw: RawValueLine, line: number, errors: LineError[]): string | null {
    const given = raw.categoryOptionCombo.trim();
    if (given || info.categories.length === 0) {
      const combo = this.comboOf(info, given);
      if (combo) return combo;
      errors.push({
        line,
        field: 'categoryOptionCombo',
        message: `"${given}" is not a combo of ${info.element.code} (${info.element.combos.slice(0, 6).join(', ')}${info.element.combos.length > 6 ? '…' : ''})`,
      });
      return null;
    }
    const codes: string[] = [];
    for (const [index, category] of info.categories.entries()) {
      const column = info.columns[index] ?? -1;
      const cell = column >= 0 ? (raw.disaggregation?.[column] ?? '').trim() : '';
      const field = column >= 0 ? (this.disaggregation[column]?.header ?? category.code) : category.code;
      if (!cell) {
        errors.push({
          line,
          field,
          message: `missing: ${info.element.code} is disaggregated by ${category.code}; give a ${category.code} column or categoryOptionCombo`,
        });
        return null;
      }
      const code = this.optionCode(category, cell);
      if (!code) {
        errors.push({ line, field, message: `"${cell}" is not an option of ${category.code}` });
        return null;
      }
      codes.push(code);
    }
    return codes.join('_');
  }

  private optionCode(category: MetaCategory, cell: string): string | undefined {
    let options = this.optionsByCategory.get(category.id);
    if (!options) {
      options = new Map();
      for (const option of category.options) {
        const name = option.name.trim().toLowerCase();
        if (!options.has(name)) options.set(name, option.code);
      }
      for (const option of category.options) options.set(option.code.toLowerCase(), option.code);
      this.optionsByCategory.set(category.id, options);
    }
    return options.get(cell.toLowerCase());
  }
}

/** A header cell with case, spaces, underscores and dashes ignored. */
export const normaliseHeader = (header: string) => header.toLowerCase().replace(/[\s_-]+/g, '');

export const VALUE_COLUMNS = [
  'dataElement',
  'period',
  'orgUnit',
  'categoryOptionCombo',
  'value',
  'comment',
] as const;
type ValueColumn = (typeof VALUE_COLUMNS)[number];
const REQUIRED: ValueColumn[] = ['dataElement', 'period', 'orgUnit', 'value'];
/** Columns of DHIS2's CSV export that Custodes does not keep; read and ignored. */
const IGNORED = new Set([
  'attributeoptioncombo',
  'storedby',
  'lastupdated',
  'created',
  'followup',
  'deleted',
]);

export interface HeaderLayout {
  /** Index of each known column in a line's cells (-1 when absent). */
  index: Record<ValueColumn, number>;
  disaggregation: DisaggregationColumn[];
  /** Cell index of each disaggregation column. */
  disaggregationIndex: number[];
}

/** Reads the header line: the known columns, the category columns, and errors (line 1) for the rest. */
export function readHeader(
  cells: readonly string[],
  meta: MonitoringMetadata,
  errors: LineError[],
): HeaderLayout | null {
  const index = Object.fromEntries(VALUE_COLUMNS.map((c) => [c, -1])) as Record<ValueColumn, number>;
  const byNormal = new Map(VALUE_COLUMNS.map((column) => [normaliseHeader(column), column]));
  byNormal.set('coc', 'categoryOptionCombo');
  const disaggregation: DisaggregationColumn[] = [];
  const disaggregationIndex: number[] = [];
  for (const [position, cell] of cells.entries()) {
    const header = cell.trim();
    const normal = normaliseHeader(header);
    if (!normal || IGNORED.has(normal)) continue;
    const known = byNormal.get(normal);
    if (known) {
      index[known] = position;
      continue;
    }
    const category = resolveCategory(meta, header);
    if (isResolveError(category)) {
      errors.push({
        line: 1,
        field: header,
        message: `unknown column: expected ${VALUE_COLUMNS.join(', ')} or a category's code or name`,
      });
      continue;
    }
    disaggregation.push({ header, category });
    disaggregationIndex.push(position);
  }
  for (const column of REQUIRED)
    if (index[column] < 0) errors.push({ line: 1, field: column, message: 'missing column' });
  return errors.length > 0 ? null : { index, disaggregation, disaggregationIndex };
}

/**
 * The raw line of a row of cells laid out as the header says. `fromCsv`: the comment is read back from
 * our own CSV exports, which quote text that a spreadsheet would run as a formula.
 */
export function lineOfCells(cells: readonly string[], layout: HeaderLayout, fromCsv = false): RawValueLine {
  const cell = (at: number) => (at >= 0 ? (cells[at] ?? '') : '');
  const { index } = layout;
  return {
    dataElement: cell(index.dataElement),
    period: cell(index.period),
    orgUnit: cell(index.orgUnit),
    categoryOptionCombo: cell(index.categoryOptionCombo),
    value: cell(index.value),
    comment: fromCsv ? restoreSpreadsheetText(cell(index.comment)) : cell(index.comment),
    disaggregation:
      layout.disaggregationIndex.length > 0 ? layout.disaggregationIndex.map((at) => cell(at)) : undefined,
  };
}
