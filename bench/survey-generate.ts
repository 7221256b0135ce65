// Seeded synthetic perception survey: a stratified two-stage sample (villages within regions, then
// respondents within villages) with fpc at both stages and design weights. Used by `npm run bench:survey`
// (1,000,000 rows) and for the small two-stage fixture of the estimator's R reference tests.

import { createWriteStream } from 'node:fs';

export interface SurveyShape {
  /** Strata (regions). */
  strata: number;
  /** Sampled PSUs (villages) per stratum. */
  psusPerStratum: number;
  /** Sampled respondents per PSU: between min and max (inclusive). */
  respondentsMin: number;
  respondentsMax: number;
}

export const BENCH_SHAPE: SurveyShape = {
  strata: 10,
  psusPerStratum: 100,
  respondentsMin: 1000,
  respondentsMax: 1000,
};
export const FIXTURE_SHAPE: SurveyShape = {
  strata: 3,
  psusPerStratum: 4,
  respondentsMin: 3,
  respondentsMax: 12,
};

export const SURVEY_COLUMNS = [
  'region',
  'village',
  'respondent',
  'fpc1',
  'fpc2',
  'pw',
  'zone',
  'sex',
  'age',
  'trust',
  'safe',
  'income',
  'spend',
] as const;

const REGIONS = [
  'Alpha',
  'Bravo',
  'Charlie',
  'Delta',
  'Echo',
  'Foxtrot',
  'Golf',
  'Hotel',
  'India',
  'Juliett',
];
const AGES = ['18-29', '30-44', '45-59', '60+'];
const SAFE = ['dk', 'no', 'yes'];

/** mulberry32: a small seeded generator, enough for synthetic data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Yields the CSV in chunks of lines (header first). */
export function* surveyCsvChunks(shape: SurveyShape, seed: number): Generator<string> {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  yield `${SURVEY_COLUMNS.join(',')}\n`;
  for (let h = 0; h < shape.strata; h++) {
    const region = REGIONS[h % REGIONS.length] + (h >= REGIONS.length ? String(h) : '');
    const villagesInRegion = shape.psusPerStratum * (2 + Math.floor(next() * 8));
    const regionEffect = next() * 20;
    for (let v = 1; v <= shape.psusPerStratum; v++) {
      const sampled =
        shape.respondentsMin + Math.floor(next() * (shape.respondentsMax - shape.respondentsMin + 1));
      const households = sampled * (2 + Math.floor(next() * 20));
      const weight = (villagesInRegion / shape.psusPerStratum) * (households / sampled);
      const villageEffect = next() * 10;
      // Zones put the first village of the first region alone in its stratum (lonely-PSU cases).
      const zone = h === 0 && v === 1 ? 'Z0' : `Z${1 + ((h + v) % 3)}`;
      const lines: string[] = [];
      for (let r = 1; r <= sampled; r++) {
        const sex = next() < 0.52 ? 'F' : 'M';
        const age = pick(AGES);
        const trust =
          next() < 0.03 ? 'NA' : String(1 + Math.min(4, Math.floor((next() + villageEffect / 40) * 5)));
        const safe = next() < 0.05 ? '' : pick(SAFE);
        const income = next() < 0.02 ? 'NA' : (50 + regionEffect + villageEffect + next() * 100).toFixed(2);
        const spend = (20 + villageEffect + next() * 40).toFixed(2);
        lines.push(
          `${region},${v},${r},${villagesInRegion},${households},${weight},${zone},${sex},${age},${trust},${safe},${income},${spend}`,
        );
      }
      yield `${lines.join('\n')}\n`;
    }
  }
}

export function surveyCsv(shape: SurveyShape, seed: number): string {
  return [...surveyCsvChunks(shape, seed)].join('');
}

export async function writeSurveyCsv(
  file: string,
  shape: SurveyShape,
  seed: number,
): Promise<{ rows: number; bytes: number }> {
  const out = createWriteStream(file);
  let rows = -1;
  let bytes = 0;
  for (const chunk of surveyCsvChunks(shape, seed)) {
    rows += chunk.split('\n').length - 1;
    bytes += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  return { rows, bytes };
}
