/**
 * A seeded generator of realistic IATI 2.03 files for the benchmark: security-sector activities
 * (DAC 151xx/152xx), several donors and currencies, budgets and transactions of the four main
 * types. The same seed and size always give the same file. Written through the project's own
 * writer, so the file is valid against the 2.03 schema.
 */

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { IatiActivity, IatiTransaction, TransactionTypeName } from '../src/core/iati/types';
import { iatiActivityXml } from '../src/core/iati/writer';

/** mulberry32: small, fast and good enough for test data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SECTORS = [
  '15210',
  '15220',
  '15230',
  '15240',
  '15250',
  '15261',
  '15130',
  '15131',
  '15132',
  '15134',
  '15110',
  '15113',
];
const DONORS = [
  { ref: 'GB-GOV-1', name: 'Foreign, Commonwealth and Development Office', type: '10', currency: 'GBP' },
  {
    ref: 'XI-IATI-EC_INTPA',
    name: 'European Commission - International Partnerships',
    type: '15',
    currency: 'EUR',
  },
  { ref: 'US-GOV-1', name: 'US Agency for International Development', type: '10', currency: 'USD' },
  { ref: 'SE-0', name: 'Swedish International Development Cooperation Agency', type: '10', currency: 'SEK' },
  { ref: 'NL-1', name: 'Ministry of Foreign Affairs of the Netherlands', type: '10', currency: 'EUR' },
];
const COUNTRIES = ['SL', 'LR', 'CF', 'ML', 'SO', 'SS', 'CD', 'GW'];
const THEMES = [
  'Police reform and community policing',
  'Justice sector capacity building',
  'Parliamentary oversight of the security sector',
  'Prison service modernisation',
  'Disarmament, demobilisation and reintegration',
  'Border management and customs',
  'Civilian oversight of armed forces',
];
const MAIN_TYPES: TransactionTypeName[] = ['incoming-funds', 'commitment', 'disbursement', 'expenditure'];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

const isoDate = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

export function generateActivity(random: () => number, index: number): IatiActivity {
  const donor = pick(random, DONORS);
  const country = pick(random, COUNTRIES);
  const startYear = 2004 + Math.floor(random() * 18);
  const years = 2 + Math.floor(random() * 4);
  const sectorCount = 1 + Math.floor(random() * 3);
  const sectors = Array.from({ length: sectorCount }, () => pick(random, SECTORS))
    .filter((code, i, all) => all.indexOf(code) === i)
    .map((code, i, all) => ({
      code,
      vocabulary: '1',
      percentage: i === 0 ? 100 - (all.length - 1) * 20 : 20,
    }));
  const transactions: IatiTransaction[] = [];
  const txCount = 6 + Math.floor(random() * 10);
  for (let i = 0; i < txCount; i++) {
    const year = startYear + Math.floor(random() * years);
    const date = isoDate(year, 1 + Math.floor(random() * 12), 1 + Math.floor(random() * 28));
    const ownCurrency = random() < 0.2 ? pick(random, ['USD', 'EUR', 'GBP', 'XOF']) : null;
    transactions.push({
      type: i < 4 ? MAIN_TYPES[i] : pick(random, MAIN_TYPES),
      date,
      value: { value: Math.round(random() * 5_000_000_00) / 100, currency: ownCurrency, valueDate: date },
      description: `${pick(random, ['Tranche', 'Payment', 'Contract', 'Grant instalment'])} ${i + 1}`,
      providerOrg: donor.name,
      receiverOrg: `Ministry of Interior of ${country}`,
      sectors: [],
    });
  }
  return {
    identifier: `${donor.ref}-SSR-${String(index).padStart(7, '0')}`,
    title: `${pick(random, THEMES)} in ${country} (${index})`,
    description: `Support to ${pick(random, THEMES).toLowerCase()} over ${years} years, with training, equipment and technical assistance.`,
    defaultCurrency: donor.currency,
    language: 'en',
    reportingOrg: { ref: donor.ref, name: donor.name, role: null, type: donor.type },
    participatingOrgs: [
      { ref: donor.ref, name: donor.name, role: '1', type: donor.type },
      { ref: null, name: `Ministry of Interior of ${country}`, role: '4', type: '10' },
    ],
    status: pick(random, ['2', '3', '4']),
    plannedStart: isoDate(startYear, 1, 1),
    actualStart: isoDate(startYear, 2, 15),
    plannedEnd: isoDate(startYear + years, 12, 31),
    actualEnd: null,
    recipientCountries: [country],
    sectors,
    budgets: Array.from({ length: years }, (_, i) => ({
      type: '1',
      status: '2',
      periodStart: isoDate(startYear + i, 1, 1),
      periodEnd: isoDate(startYear + i, 12, 31),
      value: {
        value: Math.round(random() * 2_000_000),
        currency: null,
        valueDate: isoDate(startYear + i, 1, 1),
      },
    })),
    plannedDisbursements: [],
    transactions,
    results: [],
  };
}

/** Writes activities until the file reaches `bytes`; returns how many were written. */
export async function generateIatiFile(
  path: string,
  { bytes, seed }: { bytes: number; seed: number },
): Promise<number> {
  const random = seededRandom(seed);
  const out = createWriteStream(path);
  const options = { generatedAt: new Date('2026-01-01T00:00:00Z') };
  let written = 0;
  let count = 0;
  const write = async (text: string) => {
    written += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(
    '<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03" generated-datetime="2026-01-01T00:00:00Z">\n',
  );
  while (written < bytes) await write(iatiActivityXml(generateActivity(random, ++count), options));
  await write('</iati-activities>\n');
  out.end();
  await once(out, 'finish');
  return count;
}
