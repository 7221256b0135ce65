// Seeded data for `npm run bench:indicators`: an org unit hierarchy, 50 data elements (sum, last and
// average; ten disaggregated by sex), 40 monthly periods (2023-01 … 2026-04), and their values, written
// in the product's import format (dataElement, period, orgUnit, categoryOptionCombo, value).
//
// Exactly 1,000,000 values at 500 districts: 40 elements without categories × 500 districts × 40 months
// (800,000), and 10 elements by sex (F, M) reported by every second district: 10 × 250 × 40 × 2 (200,000).
// With `leavesPerDistrict` = 10 the leaves are 5,000 facilities under the districts: 10,000,000 values.

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Aggregation } from '../src/core/indicators/types.ts';

export const SEX = { code: 'SEX', name: 'Sex', options: ['F', 'M'] } as const;
const SEX_COMBOS = ['F', 'M'] as const;

export interface BenchOrgUnit {
  code: string;
  name: string;
  parentCode: string | null;
  level: number;
}

export interface BenchDataElement {
  code: string;
  name: string;
  aggregation: Aggregation;
  /** Category codes (in order): `['SEX']` or none. */
  categories: string[];
  /** Typical size of one value, so totals look like counts, stocks or rates. */
  scale: number;
}

export interface BenchMetadata {
  orgUnits: BenchOrgUnit[];
  /** The org units where data is entered (the last level), in order. */
  leaves: BenchOrgUnit[];
  dataElements: BenchDataElement[];
  /** Monthly period ids, `202301` … `202604`. */
  periods: string[];
  /** First and last day of each period, as in `periods`. */
  periodDates: { start: string; end: string }[];
}

const NAMES: Record<Aggregation, string[]> = {
  sum: [
    'Complaints received',
    'Complaints resolved',
    'Arrests',
    'Cases filed',
    'Cases closed',
    'Detainees released on bail',
    'Officers trained',
    'Integrity reports',
    'Patrols conducted',
    'Disciplinary hearings',
  ],
  last: ['Officers in post', 'Vehicles in service', 'Detainees held', 'Open investigations'],
  average: [
    'Days to first hearing',
    'Response time (minutes)',
    'Cell occupancy (%)',
    'Case backlog (months)',
  ],
};

function dataElements(): BenchDataElement[] {
  const out: BenchDataElement[] = [];
  const add = (aggregation: Aggregation, count: number, categories: string[], scale: number) => {
    for (let i = 0; i < count; i++) {
      const n = out.length + 1;
      const names = NAMES[aggregation];
      const name = `${names[i % names.length]}${categories.length ? ' by sex' : ''} ${n}`;
      out.push({ code: `DE${String(n).padStart(2, '0')}`, name, aggregation, categories, scale });
    }
  };
  add('sum', 30, [], 40);
  add('last', 5, [], 200);
  add('average', 5, [], 30);
  add('sum', 5, [SEX.code], 20);
  add('last', 5, [SEX.code], 100);
  return out;
}

function monthlyPeriods(count: number): { ids: string[]; dates: { start: string; end: string }[] } {
  const ids: string[] = [];
  const dates: { start: string; end: string }[] = [];
  for (let i = 0; i < count; i++) {
    const year = 2023 + Math.floor(i / 12);
    const month = (i % 12) + 1;
    const mm = String(month).padStart(2, '0');
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    ids.push(`${year}${mm}`);
    dates.push({ start: `${year}-${mm}-01`, end: `${year}-${mm}-${String(lastDay).padStart(2, '0')}` });
  }
  return { ids, dates };
}

/** national → 20 regions → 500 districts (→ `leavesPerDistrict` facilities each, when > 0). */
export function benchMetadata(options: { leavesPerDistrict?: number; months?: number } = {}): BenchMetadata {
  const perDistrict = options.leavesPerDistrict ?? 0;
  const orgUnits: BenchOrgUnit[] = [{ code: 'NAT', name: 'National', parentCode: null, level: 1 }];
  const districts: BenchOrgUnit[] = [];
  const facilities: BenchOrgUnit[] = [];
  for (let r = 1; r <= 20; r++) {
    const region = {
      code: `R${String(r).padStart(2, '0')}`,
      name: `Region ${r}`,
      parentCode: 'NAT',
      level: 2,
    };
    orgUnits.push(region);
    for (let d = 1; d <= 25; d++) {
      const n = (r - 1) * 25 + d;
      const district = {
        code: `D${String(n).padStart(3, '0')}`,
        name: `District ${n}`,
        parentCode: region.code,
        level: 3,
      };
      districts.push(district);
      for (let f = 1; f <= perDistrict; f++) {
        const m = (n - 1) * perDistrict + f;
        facilities.push({
          code: `F${String(m).padStart(4, '0')}`,
          name: `Facility ${m}`,
          parentCode: district.code,
          level: 4,
        });
      }
    }
  }
  orgUnits.push(...districts, ...facilities);
  const periods = monthlyPeriods(options.months ?? 40);
  return {
    orgUnits,
    leaves: perDistrict > 0 ? facilities : districts,
    dataElements: dataElements(),
    periods: periods.ids,
    periodDates: periods.dates,
  };
}

/** mulberry32: a small, fast, seeded generator of floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One value: indexes into the metadata's leaves, data elements and periods, its combo and number. */
export interface BenchValue {
  leaf: number;
  period: number;
  element: number;
  combo: string;
  value: number;
}

/**
 * Every value, org unit by org unit and month by month (as forms are entered), in a fixed order for a
 * seed. Elements by sex are reported by every second leaf.
 */
export function* benchValues(meta: BenchMetadata, seed: number): Generator<BenchValue> {
  const random = prng(seed);
  const value: BenchValue = { leaf: 0, period: 0, element: 0, combo: 'default', value: 0 };
  for (let leaf = 0; leaf < meta.leaves.length; leaf++) {
    const size = 0.5 + random();
    for (let period = 0; period < meta.periods.length; period++) {
      for (let element = 0; element < meta.dataElements.length; element++) {
        const de = meta.dataElements[element];
        value.leaf = leaf;
        value.period = period;
        value.element = element;
        if (de.categories.length === 0) {
          value.combo = 'default';
          value.value = Math.round(de.scale * size * (0.5 + random()));
          yield value;
        } else if (leaf % 2 === 0) {
          for (const combo of SEX_COMBOS) {
            value.combo = combo;
            // Fewer women than men, as in most police services.
            value.value = Math.round(de.scale * size * (combo === 'F' ? 0.3 : 1) * (0.5 + random()));
            yield value;
          }
        }
      }
    }
  }
}

export const CSV_HEADER = 'dataElement,period,orgUnit,categoryOptionCombo,value\n';

/** Writes the values as the product's import CSV; returns the number of rows and bytes. */
export async function writeValuesCsv(
  file: string,
  meta: BenchMetadata,
  seed: number,
): Promise<{ rows: number; bytes: number }> {
  const out = createWriteStream(file);
  let rows = 0;
  let bytes = CSV_HEADER.length;
  let chunk = CSV_HEADER;
  for (const v of benchValues(meta, seed)) {
    chunk += `${meta.dataElements[v.element].code},${meta.periods[v.period]},${meta.leaves[v.leaf].code},${v.combo},${v.value}\n`;
    rows++;
    if (chunk.length > 1 << 16) {
      bytes += chunk.length;
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  bytes += chunk.length - (rows === 0 ? CSV_HEADER.length : 0);
  out.end(chunk);
  await once(out, 'finish');
  return { rows, bytes };
}
