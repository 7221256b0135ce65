import { Rng } from '../../core/scheduling/random.ts';
import type { Answers } from '../../core/survey/types.ts';

/**
 * Generated responses of the demo's perception survey, as a stratified two-stage sample would give them:
 * in each region (stratum) enumeration areas are drawn from the region's list, then households from each
 * area's list, one respondent per household. Answers depend on region, sex and age, and on an effect
 * shared by everyone in an area, so the clustering shows as a design effect above 1. Rates are near the
 * demo monitoring's 2026 values for feeling safe and trust in the police. Same seed, same responses.
 */

export const SURVEY_SEED = 20261114;

interface Region {
  code: 'cap' | 'north' | 'east' | 'lake';
  /** Enumeration areas in the region's sampling frame. */
  areas: number;
  /** The monitoring's region factor for perception rates. */
  factor: number;
}

const REGIONS: Region[] = [
  { code: 'cap', areas: 420, factor: 1.1 },
  { code: 'north', areas: 310, factor: 1 },
  { code: 'east', areas: 280, factor: 0.85 },
  { code: 'lake', areas: 150, factor: 0.9 },
];
export const AREAS_PER_REGION = 22;
const AGE_GROUPS = [
  { code: 'y15_24', share: 0.35, factor: 0.9 },
  { code: 'y25_49', share: 0.45, factor: 1 },
  { code: 'y50p', share: 0.2, factor: 1.12 },
] as const;
/** 2026 rates by sex (monitoring's SAFE_YES and TRUST_POLICE), before region and age factors. */
const SAFE = { f: 0.49, m: 0.62 };
const TRUST_POLICE = { f: 0.35, m: 0.39 };
/** Spread of the enumeration-area effect on the log-odds scale. */
const AREA_EFFECT_SD = 0.45;

export interface GeneratedResponse {
  /** A UUID derived from the seed, so the demo's ids are the same on every run. */
  id: string;
  answers: Answers;
  completedAt: string;
}

const logit = (p: number) => Math.log(p / (1 - p));
const expit = (x: number) => 1 / (1 + Math.exp(-x));
const clamp = (p: number) => Math.min(0.97, Math.max(0.03, p));

function normal(rng: Rng): number {
  const u = Math.max(rng.next(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
}

function pick<T extends string>(rng: Rng, weighted: Array<[T, number]>): T {
  const total = weighted.reduce((sum, [, w]) => sum + w, 0);
  let draw = rng.next() * total;
  for (const [value, w] of weighted) {
    draw -= w;
    if (draw < 0) return value;
  }
  return weighted[weighted.length - 1][0];
}

/** Draws `k` distinct numbers from 1..n (a simple random sample without replacement). */
function sampleWithout(rng: Rng, n: number, k: number): number[] {
  const chosen = new Set<number>();
  while (chosen.size < k) chosen.add(1 + rng.int(n));
  return [...chosen].sort((a, b) => a - b);
}

function uuidFrom(rng: Rng): string {
  const hex = Array.from({ length: 32 }, () => rng.int(16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[rng.int(4)];
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** A yes/no-style answer whose "positive" share is `p`, split across the scale's categories. */
function scaled<T extends string>(
  rng: Rng,
  p: number,
  positive: Array<[T, number]>,
  negative: Array<[T, number]>,
) {
  return rng.next() < p ? pick(rng, positive) : pick(rng, negative);
}

function respondentAnswers(rng: Rng, region: Region, areaEffect: number): Answers {
  const sex = rng.next() < 0.5 ? 'f' : 'm';
  const age = pick(
    rng,
    AGE_GROUPS.map((a) => [a.code, a.share] as [string, number]),
  );
  const ageFactor = AGE_GROUPS.find((a) => a.code === age)?.factor ?? 1;
  const shifted = (base: number) => expit(logit(clamp(base * region.factor * ageFactor)) + areaEffect);
  const safe = shifted(SAFE[sex]);
  const trustPolice = shifted(TRUST_POLICE[sex]);
  const contact = rng.next() < 0.28;
  const answers: Answers = {
    sex,
    age_group: age,
    trust_police: scaled(
      rng,
      trustPolice,
      [
        ['a_lot', 0.35],
        ['somewhat', 0.65],
      ],
      [
        ['just_a_little', 0.5],
        ['not_at_all', 0.4],
        ['dont_know', 0.1],
      ],
    ),
    trust_army: scaled(
      rng,
      shifted(0.55),
      [
        ['a_lot', 0.45],
        ['somewhat', 0.55],
      ],
      [
        ['just_a_little', 0.5],
        ['not_at_all', 0.35],
        ['dont_know', 0.15],
      ],
    ),
    trust_courts: scaled(
      rng,
      shifted(0.31),
      [
        ['a_lot', 0.3],
        ['somewhat', 0.7],
      ],
      [
        ['just_a_little', 0.45],
        ['not_at_all', 0.4],
        ['dont_know', 0.15],
      ],
    ),
    safe_night: scaled(
      rng,
      safe,
      [
        ['very_safe', 0.4],
        ['fairly_safe', 0.6],
      ],
      [
        ['a_bit_unsafe', 0.55],
        ['very_unsafe', 0.35],
        ['dont_know', 0.1],
      ],
    ),
    victim_12m: scaled(
      rng,
      clamp(0.2 / region.factor),
      [['yes', 1]],
      [
        ['no', 0.95],
        ['dont_know', 0.05],
      ],
    ),
    police_contact: contact ? 'yes' : 'no',
    reform_aware: scaled(
      rng,
      shifted(0.42),
      [['yes', 1]],
      [
        ['no', 0.85],
        ['dont_know', 0.15],
      ],
    ),
    satisfaction_security: scaled(
      rng,
      shifted(0.45),
      [
        ['very_satisfied', 0.25],
        ['satisfied', 0.75],
      ],
      [
        ['neither', 0.4],
        ['dissatisfied', 0.4],
        ['very_dissatisfied', 0.2],
      ],
    ),
  };
  if (contact)
    answers.bribe_police = scaled(
      rng,
      clamp(0.3 / region.factor),
      [['yes', 1]],
      [
        ['no', 0.9],
        ['dont_know', 0.1],
      ],
    );
  return answers;
}

/** About 1,200 responses: 22 areas per region, 12 to 15 households per area. */
export function generateSurveyResponses(seed = SURVEY_SEED): GeneratedResponse[] {
  const rng = new Rng(seed);
  const responses: GeneratedResponse[] = [];
  const start = Date.UTC(2026, 2, 2);
  for (const region of REGIONS) {
    for (const area of sampleWithout(rng, region.areas, AREAS_PER_REGION)) {
      const households = 80 + rng.int(161);
      const sampled = 12 + rng.int(4);
      const effect = normal(rng) * AREA_EFFECT_SD;
      const day = rng.int(40);
      for (const hh of sampleWithout(rng, households, sampled)) {
        const completedAt = new Date(
          start + day * 86_400_000 + (8 + rng.int(10)) * 3_600_000 + rng.int(3600) * 1000,
        );
        responses.push({
          id: uuidFrom(rng),
          completedAt: completedAt.toISOString(),
          answers: {
            region: region.code,
            ea: `${region.code.toUpperCase()}-${String(area).padStart(3, '0')}`,
            fpc_ea: region.areas,
            hh,
            fpc_hh: households,
            ea_sampled: AREAS_PER_REGION,
            hh_sampled: sampled,
            ...respondentAnswers(rng, region, effect),
          },
        });
      }
    }
  }
  return responses;
}
