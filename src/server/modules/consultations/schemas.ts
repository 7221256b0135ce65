import { z } from '@hono/zod-openapi';
import { CONSULTATION_FORMATS, STAKEHOLDER_TYPES } from '../../../core/consultation/participants.ts';
import { SlugParam, Timestamp } from '../../http/schemas.ts';
import { VersionField } from '../shared/row-version.ts';

export const FormatSchema = z.enum(CONSULTATION_FORMATS).openapi('ConsultationFormat');
const StakeholderTypeSchema = z.enum(STAKEHOLDER_TYPES).openapi('StakeholderType');
const IsoDate = z.iso.date({ error: 'must be a date written YYYY-MM-DD' }).openapi({ example: '2026-03-14' });
const headcount = z.number().int().min(0).max(1_000_000);

const ParticipantGroupSchema = z
  .object({ stakeholderType: StakeholderTypeSchema, women: headcount, men: headcount, other: headcount })
  .strict()
  .openapi('ParticipantGroup');
const LinkedItemSchema = z
  .object({ assessmentId: z.string().min(1), itemId: z.string().min(1) })
  .strict()
  .openapi('LinkedItem', {
    description: 'An item of an assessment of this workspace that the findings inform',
  });

/** Flags the second occurrence of the same key, at its own index, so the message names it. */
function unique<T>(keyOf: (entry: T) => string, field: string, label: string) {
  return (entries: T[], ctx: z.core.$RefinementCtx<T[]>) => {
    const seen = new Set<string>();
    entries.forEach((entry, index) => {
      const key = keyOf(entry);
      if (seen.has(key))
        ctx.addIssue({ code: 'custom', path: [index, field], message: `${label} is listed twice` });
      seen.add(key);
    });
  };
}

const consultationFields = {
  heldOn: IsoDate,
  place: z.string().trim().min(1, 'is required').max(300),
  format: FormatSchema,
  participants: z
    .array(ParticipantGroupSchema)
    .max(STAKEHOLDER_TYPES.length)
    .superRefine(unique((group) => group.stakeholderType, 'stakeholderType', 'this stakeholder type')),
  topics: z.array(z.string().trim().min(1, 'is required').max(200)).min(1).max(20),
  findings: z.string().trim().min(1, 'is required').max(20000),
  linkedItems: z
    .array(LinkedItemSchema)
    .max(200)
    .superRefine(unique((link) => `${link.assessmentId}\u0000${link.itemId}`, 'itemId', 'this item')),
};

export const CreateConsultationBody = z
  .object({ ...consultationFields, linkedItems: consultationFields.linkedItems.optional() })
  .strict()
  .openapi('CreateConsultation', {
    example: {
      heldOn: '2026-03-14',
      place: 'Regional governorate, Northern Province',
      format: 'town_hall',
      participants: [{ stakeholderType: 'community', women: 34, men: 51, other: 0 }],
      topics: ['Police response times', 'Checkpoints'],
      findings: 'Residents report long police response times at night.',
    },
  });

export const UpdateConsultationBody = z
  .object({
    heldOn: IsoDate.optional(),
    place: consultationFields.place.optional(),
    format: FormatSchema.optional(),
    participants: consultationFields.participants.optional(),
    topics: consultationFields.topics.optional(),
    findings: consultationFields.findings.optional(),
    linkedItems: consultationFields.linkedItems.optional(),
  })
  .strict();

export const ConsultationQuery = z
  .object({
    from: IsoDate.optional().openapi({ description: 'held on or after this day' }),
    to: IsoDate.optional().openapi({ description: 'held on or before this day' }),
    format: FormatSchema.optional(),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    path: ['to'],
    message: 'must not be before from',
  });

export const ConsultationSchema = z
  .object({
    id: z.string(),
    heldOn: z.string().openapi({ format: 'date' }),
    place: z.string(),
    format: FormatSchema,
    participants: z.array(ParticipantGroupSchema),
    topics: z.array(z.string()),
    findings: z.string(),
    linkedItems: z.array(LinkedItemSchema),
    totals: z.object({
      women: z.number().int(),
      men: z.number().int(),
      other: z.number().int(),
      all: z.number().int(),
    }),
    womenShare: z.number().nullable().openapi({ description: 'women / all, 0–1; null with no participants' }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: VersionField,
  })
  .openapi('Consultation');

export const ConsultationParams = SlugParam.extend({
  consultationId: z.string().openapi({ param: { name: 'consultationId', in: 'path' } }),
});
