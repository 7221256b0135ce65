import { z } from '@hono/zod-openapi';
import { PERIOD_TYPES } from '../../../core/indicators/periods.ts';
import { AGGREGATIONS, VALUE_TYPES } from '../../../core/indicators/types.ts';
import { SlugParam } from '../../http/schemas.ts';
import { NameTranslationsSchema } from '../sector-map/schemas.ts';
import { VersionField } from '../shared/row-version.ts';

/** Request and response shapes of the monitoring metadata: org units, categories, data elements, data sets. */

const idParam = (name: string) => z.string().openapi({ param: { name, in: 'path' } });
export const OrgUnitParams = SlugParam.extend({ orgUnitId: idParam('orgUnitId') });
export const CategoryParams = SlugParam.extend({ categoryId: idParam('categoryId') });
export const DataElementParams = SlugParam.extend({ dataElementId: idParam('dataElementId') });
export const DataSetParams = SlugParam.extend({ dataSetId: idParam('dataSetId') });

/** Codes go into DHIS2 files and combo names (`F_Y15_24`): letters, digits, `_`, `-`, `.`; no spaces. */
export const CodeField = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(50)
  .regex(/^[\p{L}\p{N}_.-]+$/u, 'letters, digits, "_", "-" or "." only');
const NameField = z.string().trim().min(1, 'is required').max(230);
const id = z.string().min(1).max(100);
const ids = z.array(id).max(5000);
const translations = NameTranslationsSchema.optional();

// ── Org units ──────────────────────────────────────────────────────────────
export const OrgUnitQuery = z.object({
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .openapi({ description: 'Only units whose code or name holds this' }),
});
const orgUnitFields = {
  code: CodeField,
  name: NameField,
  nameTranslations: translations,
  parentId: id.nullable().optional(),
  actorId: id.nullable().optional(),
};
export const CreateOrgUnitBody = z
  .object(orgUnitFields)
  .strict()
  .openapi('CreateOrgUnit', { example: { code: 'NORTH', name: 'Northern region' } });
export const UpdateOrgUnitBody = z
  .object({ ...orgUnitFields, code: CodeField.optional(), name: NameField.optional() })
  .strict()
  .openapi('UpdateOrgUnit');
export const OrgUnitSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    nameTranslations: NameTranslationsSchema,
    parentId: z.string().nullable(),
    path: z.string(),
    level: z.number().int(),
    actorId: z.string().nullable(),
    childCount: z.number().int(),
    version: VersionField,
  })
  .openapi('OrgUnit');

// ── Categories ─────────────────────────────────────────────────────────────
const OptionSchema = z
  .object({ code: CodeField, name: NameField, nameTranslations: translations })
  .strict()
  .openapi('CategoryOptionInput');
const categoryFields = {
  code: CodeField,
  name: NameField,
  nameTranslations: translations,
  options: z.array(OptionSchema).min(1, 'needs at least one option').max(200),
};
export const CreateCategoryBody = z
  .object(categoryFields)
  .strict()
  .openapi('CreateCategory', {
    example: {
      code: 'SEX',
      name: 'Sex',
      options: [
        { code: 'F', name: 'Female' },
        { code: 'M', name: 'Male' },
      ],
    },
  });
export const UpdateCategoryBody = z
  .object({
    code: CodeField.optional(),
    name: NameField.optional(),
    nameTranslations: translations,
    options: categoryFields.options.optional(),
  })
  .strict()
  .openapi('UpdateCategory');
export const CategoryOptionSchema = z.object({
  code: z.string(),
  name: z.string(),
  nameTranslations: NameTranslationsSchema,
});
export const CategorySchema = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    nameTranslations: NameTranslationsSchema,
    options: z.array(CategoryOptionSchema),
    dataElementCount: z.number().int().openapi({ description: 'Data elements disaggregated by it' }),
    version: VersionField,
  })
  .openapi('Category');

// ── Data elements ──────────────────────────────────────────────────────────
const dataElementFields = {
  code: CodeField,
  name: NameField,
  nameTranslations: translations,
  description: z.string().trim().max(5000).nullable().optional(),
  valueType: z.enum(VALUE_TYPES).optional(),
  aggregation: z.enum(AGGREGATIONS).optional(),
  categoryIds: z.array(id).max(5).optional(),
  assessmentFrameworkId: id.nullable().optional(),
  assessmentItemId: id.nullable().optional(),
};
export const CreateDataElementBody = z
  .object(dataElementFields)
  .strict()
  .openapi('CreateDataElement', {
    example: { code: 'POL_STAFF', name: 'Police officers', aggregation: 'last', valueType: 'integer' },
  });
export const UpdateDataElementBody = z
  .object({ ...dataElementFields, code: CodeField.optional(), name: NameField.optional() })
  .strict()
  .openapi('UpdateDataElement');
export const ComboSchema = z
  .object({
    code: z.string().openapi({ description: 'The category option combo, e.g. F_Y15_24' }),
    options: z.array(CategoryOptionSchema.extend({ categoryCode: z.string() })),
  })
  .openapi('CategoryOptionCombo');
export const DataElementSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    nameTranslations: NameTranslationsSchema,
    description: z.string().nullable(),
    valueType: z.enum(VALUE_TYPES),
    aggregation: z.enum(AGGREGATIONS),
    categoryIds: z.array(z.string()),
    combos: z.array(ComboSchema),
    assessmentFrameworkId: z.string().nullable(),
    assessmentItemId: z.string().nullable(),
    valueCount: z.number().int(),
    version: VersionField,
  })
  .openapi('DataElement');

// ── Data sets ──────────────────────────────────────────────────────────────
const dataSetFields = {
  code: CodeField,
  name: NameField,
  nameTranslations: translations,
  periodType: z.enum(PERIOD_TYPES),
  dataElementIds: ids.optional(),
  orgUnitIds: ids.optional(),
};
export const CreateDataSetBody = z
  .object(dataSetFields)
  .strict()
  .openapi('CreateDataSet', {
    example: { code: 'POLICE_Q', name: 'Police quarterly', periodType: 'quarterly' },
  });
export const UpdateDataSetBody = z
  .object({
    ...dataSetFields,
    code: CodeField.optional(),
    name: NameField.optional(),
    periodType: dataSetFields.periodType.optional(),
  })
  .strict()
  .openapi('UpdateDataSet');
export const DataSetSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    nameTranslations: NameTranslationsSchema,
    periodType: z.enum(PERIOD_TYPES),
    dataElementIds: z.array(z.string()),
    orgUnitIds: z.array(z.string()),
    version: VersionField,
  })
  .openapi('DataSet');

// ── Import ─────────────────────────────────────────────────────────────────
export const OrgUnitImportForm = z.object({
  file: z
    .instanceof(File, { message: 'attach a CSV or XLSX file' })
    .openapi({ type: 'string', format: 'binary' }),
});
export const OrgUnitImportResult = z
  .object({
    created: z.number().int(),
    updated: z.number().int(),
  })
  .openapi('OrgUnitImportResult');
