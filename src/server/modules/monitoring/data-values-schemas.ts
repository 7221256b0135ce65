import { z } from '@hono/zod-openapi';
import { VALUE_TYPES } from '../../../core/indicators/types.ts';
import { Timestamp } from '../../http/schemas.ts';
import { VersionField } from '../shared/row-version.ts';

const id = z.string().trim().min(1, 'is required').max(200);
const periodText = z.string().trim().min(1, 'is required').max(20);

// ── Entry form ─────────────────────────────────────────────────────────────
export const DataEntryQuery = z.object({
  dataSetId: id.openapi({ description: 'The data set (its id)' }),
  orgUnitId: id.openapi({ description: 'One of the data set’s org units (its id)' }),
  period: periodText.openapi({
    description: 'A period of the data set’s type: 2026, 2026Q1, 202603, 2026W10…',
  }),
});

const ComboSchema = z.object({
  code: z.string().openapi({ description: 'Category option combo code, e.g. F_Y15_24 or default' }),
  name: z.string().openapi({ description: 'Its options’ names, e.g. "Female, 15–24"; empty for default' }),
});

export const DataEntryForm = z
  .object({
    dataSet: z.object({ id: z.string(), code: z.string(), name: z.string(), periodType: z.string() }),
    orgUnit: z.object({ id: z.string(), code: z.string(), name: z.string() }),
    period: z.object({ id: z.string(), start: z.string(), end: z.string() }),
    elements: z.array(
      z.object({
        id: z.string(),
        code: z.string(),
        name: z.string(),
        valueType: z.enum(VALUE_TYPES),
        combos: z.array(ComboSchema),
      }),
    ),
    values: z.array(
      z.object({
        dataElementId: z.string(),
        categoryOptionCombo: z.string(),
        value: z.number(),
        comment: z.string().nullable(),
        updatedAt: Timestamp,
      }),
    ),
    version: VersionField.openapi({
      description: 'Changes whenever a value of this form changes; send it as If-Match when saving',
    }),
  })
  .openapi('DataEntryForm');

export const MAX_ENTRY_VALUES = 5000;

export const SaveDataEntryBody = z
  .object({
    dataSetId: id,
    orgUnitId: id,
    period: periodText,
    values: z
      .array(
        z
          .object({
            dataElementId: id,
            categoryOptionCombo: z.string().trim().min(1, 'is required').max(200),
            value: z.number().finite().nullable().openapi({ description: 'null deletes the stored value' }),
            comment: z.string().trim().max(2000).nullable().optional(),
          })
          .strict(),
      )
      .max(MAX_ENTRY_VALUES),
  })
  .strict()
  .openapi('SaveDataEntry', {
    example: {
      dataSetId: 'ds-1',
      orgUnitId: 'ou-1',
      period: '2026Q1',
      values: [{ dataElementId: 'de-1', categoryOptionCombo: 'F', value: 12, comment: null }],
    },
  });

// ── Import ─────────────────────────────────────────────────────────────────
export const ImportSummarySchema = z
  .object({
    imported: z.number().int().openapi({ description: 'Values written' }),
    replaced: z.number().int().openapi({ description: 'Of those, values that replaced stored ones' }),
    dataElements: z.number().int(),
    periods: z.number().int(),
    orgUnits: z.number().int(),
  })
  .openapi('DataValuesImportSummary');

export const DataValuesImportForm = z.object({
  file: z
    .instanceof(File, { message: 'attach a CSV, XLSX or dataValueSets JSON file' })
    .openapi({ type: 'string', format: 'binary' }),
});

const cell = z.union([z.string().max(2000), z.number(), z.boolean(), z.null()]);

/** DHIS2's dataValueSets, as read: loose on purpose, every entry is checked with its line number. */
export const DataValueSetsBody = z
  .object({
    dataSet: z.string().max(200).optional(),
    period: z.string().max(20).optional(),
    orgUnit: z.string().max(200).optional(),
    categoryOptionCombo: z.string().max(200).optional(),
    completeDate: z.string().max(40).optional(),
    dataValues: z.array(
      z.object({
        dataElement: z.string().max(200).optional(),
        period: z.string().max(20).optional(),
        orgUnit: z.string().max(200).optional(),
        categoryOptionCombo: z.string().max(200).optional(),
        attributeOptionCombo: z.string().max(200).optional(),
        value: cell.optional(),
        comment: z.string().max(2000).nullable().optional(),
        storedBy: z.string().max(200).optional(),
        created: z.string().max(40).optional(),
        lastUpdated: z.string().max(40).optional(),
        followup: z.boolean().optional(),
        deleted: z.boolean().optional(),
      }),
    ),
  })
  .openapi('DataValueSetsImport', {
    example: {
      dataValues: [
        {
          dataElement: 'POL_WOMEN',
          period: '2026',
          orgUnit: 'NATIONAL',
          categoryOptionCombo: 'default',
          value: '12',
        },
      ],
    },
  });

// ── Export ─────────────────────────────────────────────────────────────────
export const DataValuesExportQuery = z.object({
  dataElementId: id.optional().openapi({ description: 'One data element (id or code); all without it' }),
  orgUnitId: id.optional().openapi({ description: 'An org unit (id or code) and every unit below it' }),
  period: periodText.optional().openapi({ description: 'Values whose period lies inside this one' }),
  format: z.enum(['json', 'csv', 'xlsx']).default('json'),
});

export const DataValueSetsExport = z
  .object({
    dataValues: z.array(
      z.object({
        dataElement: z.string().openapi({ description: 'Data element code' }),
        period: z.string(),
        orgUnit: z.string().openapi({ description: 'Org unit code' }),
        categoryOptionCombo: z.string(),
        value: z.string().openapi({ description: 'As DHIS2 writes it: the number as text' }),
        comment: z.string().optional(),
      }),
    ),
  })
  .openapi('DataValueSets');
