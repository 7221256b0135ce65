import { categoryOptionCombos } from '../../../core/indicators/combos.ts';
import type { Aggregation, ValueType } from '../../../core/indicators/types.ts';
import type { NameTranslations } from '../../../core/sector-map/categories.ts';
import type { monitoringDataElements } from '../../db/schema/monitoring.ts';
import type { CategoryRow } from './categories-service.ts';

export type DataElementRow = typeof monitoringDataElements.$inferSelect;

/** Each combo with its options (code, name, translations) for display. */
function combosOf(categoryIds: string[], categories: Map<string, CategoryRow>) {
  const used = categoryIds.flatMap((id) => {
    const category = categories.get(id);
    return category ? [category] : [];
  });
  const codes = categoryOptionCombos(used);
  let parts: { categoryCode: string; code: string; name: string; nameTranslations: NameTranslations }[][] = [
    [],
  ];
  for (const category of used) {
    parts = parts.flatMap((prefix) =>
      category.options.map((o) => [
        ...prefix,
        {
          categoryCode: category.code,
          code: o.code,
          name: o.name,
          nameTranslations: o.nameTranslations ?? {},
        },
      ]),
    );
  }
  return codes.map((code, index) => ({ code, options: used.length === 0 ? [] : (parts[index] ?? []) }));
}

export function presentDataElement(
  row: DataElementRow,
  categories: Map<string, CategoryRow>,
  valueCount: number,
) {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    nameTranslations: row.nameTranslations,
    description: row.description,
    valueType: row.valueType as ValueType,
    aggregation: row.aggregation as Aggregation,
    categoryIds: row.categoryIds,
    combos: combosOf(row.categoryIds, categories),
    assessmentFrameworkId: row.assessmentFrameworkId,
    assessmentItemId: row.assessmentItemId,
    valueCount,
    version: row.rowVersion,
  };
}
