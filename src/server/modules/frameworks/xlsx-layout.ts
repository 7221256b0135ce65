import { listItems } from '../../../core/frameworks/structure.ts';
import { type Framework, TEXT_LANGUAGES } from '../../../core/frameworks/types.ts';

/** The sheets of a framework workbook and their columns, shared by the writer and the reader. */
export const SHEETS = {
  framework: 'Framework',
  scale: 'Scale',
  bands: 'Bands',
  groups: 'Groups',
  items: 'Items',
} as const;

/** "name" → name.en, name.fr, name.ar, name.es, name.pt */
export const localizedColumns = (field: string) => TEXT_LANGUAGES.map((language) => `${field}.${language}`);

/** Field paths listed, one a row, on the Framework sheet. */
export const FRAMEWORK_FIELDS = [
  'id',
  'version',
  ...localizedColumns('name'),
  ...localizedColumns('description'),
  'source',
  'aggregation.method',
];

export const SCALE_COLUMNS = ['value', 'label', ...localizedColumns('descriptor')];
export const BAND_COLUMNS = ['label', 'min', 'max', ...localizedColumns('description')];
/** `parent` holds the parent group's path; a group's path is its ancestors' codes and its own, joined by " / ". */
export const GROUP_COLUMNS = [
  'parent',
  'code',
  'id',
  ...localizedColumns('name'),
  ...localizedColumns('description'),
  'dimension',
  'weight',
  'pefaMethod',
];
export const ITEM_BASE_COLUMNS = [
  'group',
  'code',
  'id',
  ...localizedColumns('text'),
  'weight',
  ...localizedColumns('guidance'),
];

export const GROUP_PATH_SEPARATOR = ' / ';

/** Per-item rubric columns for one scale value: "L25 label", "L25 en", … "L25 pt". */
export const levelColumns = (value: number) => [
  `L${value} label`,
  ...TEXT_LANGUAGES.map((language) => `L${value} ${language}`),
];
export const LEVEL_COLUMN_PATTERN = /^L(-?\d+(?:\.\d+)?) (label|en|fr|ar|es|pt)$/;

/** The values that get rubric columns: the framework scale's, else those of the items' own levels. */
export function levelValues(framework: Framework): number[] {
  if (framework.scale) return framework.scale.map((level) => level.value);
  const values = new Set<number>();
  for (const { item } of listItems(framework)) for (const level of item.levels ?? []) values.add(level.value);
  return [...values].sort((a, b) => a - b);
}
