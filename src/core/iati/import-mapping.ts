import type { FlowKind, FunderType } from '../finance/codes.ts';
import type { IatiOrganisation, IatiSector, IatiTransaction, TransactionTypeName } from './types.ts';

/**
 * How an IATI organisation type becomes a funder type. Governments and other public bodies (10, 11, 15)
 * give bilaterally; multilaterals (40) are multilateral; foundations (60) manage endowed money for a purpose,
 * the nearest kind to a trust fund. Everything else (NGOs 21–24, partnerships 30, private sector 70–73,
 * academia 80, other 90, unknown) reaches the programme directly, one provider to one recipient: bilateral.
 */
export function funderTypeOfIatiOrg(type: string | null | undefined): FunderType {
  if (type === '40') return 'multilateral';
  if (type === '60') return 'trust_fund';
  return 'bilateral';
}

/** The IATI organisation type a funder is published under in an export. */
export function iatiOrgTypeOfFunder(type: string): string {
  if (type === 'multilateral') return '40';
  if (type === 'trust_fund' || type === 'pooled_fund') return '60';
  return '10';
}

const FLOW_KIND_OF: Partial<Record<TransactionTypeName, FlowKind>> = {
  commitment: 'commitment',
  disbursement: 'disbursement',
  expenditure: 'expenditure',
  'incoming-funds': 'incoming_funds',
};

/** The funding flow kind of a transaction type; null for the types flows do not record (loans, equity…). */
export const flowKindOfTransaction = (type: TransactionTypeName): FlowKind | null =>
  FLOW_KIND_OF[type] ?? null;

/** The transaction type a flow kind is exported as. */
export function transactionTypeOfFlow(kind: FlowKind): TransactionTypeName {
  return kind === 'incoming_funds' ? 'incoming-funds' : kind;
}

const isDacPurpose = (sector: IatiSector) =>
  (sector.vocabulary || '1') === '1' && /^\d{5}$/.test(sector.code);

/**
 * The DAC purpose code of a transaction: its own DAC sector, else the activity's DAC sector with the
 * largest percentage (the first one when none gives a percentage), else null.
 */
export function purposeCodeOf(
  transaction: Pick<IatiTransaction, 'sectors'>,
  activitySectors: readonly IatiSector[],
) {
  const own = transaction.sectors.find(isDacPurpose);
  if (own) return own.code;
  let best: IatiSector | null = null;
  for (const sector of activitySectors.filter(isDacPurpose))
    if (best === null || (sector.percentage ?? 0) > (best.percentage ?? 0)) best = sector;
  return best?.code ?? null;
}

/** A calendar date the database can store (YYYY-MM-DD, a real day), else null. */
export function storableDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const day = value.slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day ? day : null;
}

/** The organisation that pays: the reporting organisation, else the first funding participant (role 1). */
export function fundingOrganisation(
  reportingOrg: IatiOrganisation | null,
  participants: readonly IatiOrganisation[],
): IatiOrganisation | null {
  if (reportingOrg && (reportingOrg.ref || reportingOrg.name)) return reportingOrg;
  return (
    participants.find(
      (org) => (org.role === '1' || org.role?.toLowerCase() === 'funding') && (org.ref || org.name),
    ) ?? null
  );
}
