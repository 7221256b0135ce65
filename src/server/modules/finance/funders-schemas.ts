import { z } from '@hono/zod-openapi';
import { FUNDER_TYPES } from '../../../core/finance/codes.ts';
import { SlugParam, Timestamp } from '../../http/schemas.ts';
import { VersionField } from '../shared/row-version.ts';
import { CurrencyCode } from './common-schemas.ts';
import { MissingRateSchema, RateUsedSchema } from './conversion-schemas.ts';

const idParam = (name: string) => z.string().openapi({ param: { name, in: 'path' } });
export const FunderParams = SlugParam.extend({ funderId: idParam('funderId') });

export const FunderSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    acronym: z.string().nullable(),
    type: z.enum(FUNDER_TYPES),
    actorId: z.string().nullable(),
    actorName: z.string().nullable(),
    iatiRef: z.string().nullable(),
    defaultCurrency: z.string().nullable(),
    /** Donor-role members who speak for this funder. */
    members: z.array(z.object({ userId: z.string(), name: z.string() })),
    /** Whether the caller reads this funder's flows (a donor reads only the funders they speak for). */
    flowsVisible: z.boolean(),
    /** In the chosen currency; null when the caller does not read this funder's flows. */
    totals: z
      .object({
        committed: z.number(),
        disbursed: z.number(),
        /** Committed under purpose codes that count as ODA in full, and in part, as fractions. */
        odaShare: z.object({ yes: z.number(), partly: z.number(), unknown: z.number() }).nullable(),
      })
      .nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: VersionField,
  })
  .openapi('Funder');

export const FunderListSchema = z.object({
  currency: z.string(),
  funders: z.array(FunderSchema),
  ratesUsed: z.array(RateUsedSchema),
  missingRates: z.array(MissingRateSchema),
});

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const funderFields = {
  name: z.string().trim().min(1, 'is required').max(200),
  acronym: optionalText(40),
  type: z.enum(FUNDER_TYPES),
  actorId: z.string().min(1).nullable().optional(),
  iatiRef: optionalText(100),
  defaultCurrency: CurrencyCode.nullable().optional(),
};

export const CreateFunderBody = z
  .object(funderFields)
  .strict()
  .openapi('CreateFunder', { example: { name: 'European Union', acronym: 'EU', type: 'multilateral' } });

export const UpdateFunderBody = z
  .object({ ...funderFields, name: funderFields.name.optional(), type: funderFields.type.optional() })
  .strict()
  .openapi('UpdateFunder');

export const FunderMembersBody = z
  .object({ userIds: z.array(z.string().min(1)).max(100) })
  .strict()
  .openapi('FunderMembers', { example: { userIds: ['user-id'] } });

export type CreateFunderInput = z.infer<typeof CreateFunderBody>;
export type UpdateFunderInput = z.infer<typeof UpdateFunderBody>;
