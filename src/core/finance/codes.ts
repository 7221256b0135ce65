/**
 * The reference vocabularies of security-sector finance, as data. Names are translated in the web's
 * message files (namespace `finance`), keyed by these codes.
 */

/** COFOG groups of division 02 (defence) and 03 (public order and safety). */
export const COFOG_GROUPS = [
  '02.1', // military defence
  '02.2', // civil defence
  '02.3', // foreign military aid
  '02.4', // R&D defence
  '02.5', // defence n.e.c.
  '03.1', // police services
  '03.2', // fire-protection services
  '03.3', // law courts
  '03.4', // prisons
  '03.5', // R&D public order and safety
  '03.6', // public order and safety n.e.c.
] as const;
export type CofogGroup = (typeof COFOG_GROUPS)[number];
export const cofogDivision = (group: CofogGroup): '02' | '03' => (group.startsWith('02') ? '02' : '03');

export const ECONOMIC_CLASSES = ['personnel', 'goods_services', 'capital', 'transfers'] as const;
export type EconomicClass = (typeof ECONOMIC_CLASSES)[number];

export const FUNDER_TYPES = ['bilateral', 'multilateral', 'trust_fund', 'pooled_fund'] as const;
export type FunderType = (typeof FUNDER_TYPES)[number];
/** Funder types that are funds: others pay into them, and they allocate onward. */
export const FUND_TYPES: readonly FunderType[] = ['pooled_fund', 'trust_fund'];

export const FLOW_KINDS = ['commitment', 'disbursement', 'expenditure', 'incoming_funds'] as const;
export type FlowKind = (typeof FLOW_KINDS)[number];

/**
 * Whether aid under a purpose code counts as ODA. `partly`: the DAC directives exclude some of it
 * (military equipment or services, enforcement, counter-insurgency), so each activity must be checked.
 */
export type OdaEligibility = 'yes' | 'partly';

/** DAC 5-digit purpose codes of governance and security that SSR funding is reported under. */
export const PURPOSE_CODES = {
  '15110': { oda: 'yes', category: '151' }, // public sector policy and administrative management
  '15111': { oda: 'yes', category: '151' }, // public finance management
  '15112': { oda: 'yes', category: '151' }, // decentralisation and support to subnational government
  '15113': { oda: 'yes', category: '151' }, // anti-corruption organisations and institutions
  '15130': { oda: 'yes', category: '151' }, // legal and judicial development
  '15131': { oda: 'yes', category: '151' }, // justice, law and order policy, planning and administration
  '15132': { oda: 'partly', category: '151' }, // police (paramilitary functions excluded)
  '15133': { oda: 'yes', category: '151' }, // fire and rescue services
  '15134': { oda: 'yes', category: '151' }, // judicial affairs
  '15135': { oda: 'yes', category: '151' }, // ombudsman
  '15136': { oda: 'yes', category: '151' }, // immigration
  '15137': { oda: 'yes', category: '151' }, // prisons
  '15210': { oda: 'partly', category: '152' }, // security system management and reform
  '15220': { oda: 'yes', category: '152' }, // civilian peace-building, conflict prevention and resolution
  '15230': { oda: 'partly', category: '152' }, // participation in international peacekeeping operations
  '15240': { oda: 'partly', category: '152' }, // reintegration and SALW control
  '15250': { oda: 'yes', category: '152' }, // removal of land mines and explosive remnants of war
  '15261': { oda: 'yes', category: '152' }, // child soldiers (prevention and demobilisation)
} as const satisfies Record<string, { oda: OdaEligibility; category: '151' | '152' }>;
export type PurposeCode = keyof typeof PURPOSE_CODES;
export const PURPOSE_CODE_LIST = Object.keys(PURPOSE_CODES) as [PurposeCode, ...PurposeCode[]];

export function isPurposeCode(code: string): code is PurposeCode {
  return Object.hasOwn(PURPOSE_CODES, code);
}

/** ODA status of a flow's purpose code: a code outside the list (or none) is not known to be ODA. */
export function odaEligibility(code: string | null | undefined): OdaEligibility | 'unknown' {
  return code && isPurposeCode(code) ? PURPOSE_CODES[code].oda : 'unknown';
}

/** The largest amount accepted anywhere (a trillion trillions is no budget): sums stay finite. */
export const MAX_AMOUNT = 1e18;

/** ISO 4217 alphabetic code: three capital letters. Whether the code is assigned is not checked here. */
export const CURRENCY_CODE = /^[A-Z]{3}$/;
