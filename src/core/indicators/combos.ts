import { DEFAULT_COMBO } from './types.ts';

/**
 * Category option combos, as DHIS2 builds them: the cartesian product of a data element's categories'
 * option codes, in the order of its categories, joined by `_` (`F_Y15_24`). No categories → `default`.
 */

export interface ComboCategory {
  code: string;
  options: { code: string }[];
}

export function categoryOptionCombos(categories: ComboCategory[]): string[] {
  if (categories.length === 0) return [DEFAULT_COMBO];
  let combos: string[][] = [[]];
  for (const category of categories) {
    const next: string[][] = [];
    for (const prefix of combos) {
      for (const option of category.options) next.push([...prefix, option.code]);
    }
    combos = next;
  }
  return combos.map((parts) => parts.join('_'));
}

/** The option codes of a combo, one per category in order; null when it is not one of the element's combos. */
export function comboOptions(combo: string, categories: ComboCategory[]): string[] | null {
  if (categories.length === 0) return combo === DEFAULT_COMBO ? [] : null;
  return matchParts(combo, categories, 0);
}

// Option codes may themselves contain `_` (`Y15_24`), so a combo is split by trying each option in turn.
function matchParts(rest: string, categories: ComboCategory[], index: number): string[] | null {
  const category = categories[index];
  if (!category) return rest === '' ? [] : null;
  const last = index === categories.length - 1;
  for (const option of category.options) {
    if (last) {
      if (rest === option.code) return [option.code];
      continue;
    }
    const prefix = `${option.code}_`;
    if (!rest.startsWith(prefix)) continue;
    const tail = matchParts(rest.slice(prefix.length), categories, index + 1);
    if (tail) return [option.code, ...tail];
  }
  return null;
}

/**
 * Whether a combo holds option `filter.option` of category `filter.category` (both codes, compared
 * case-insensitively). An element without that category never matches.
 */
export function comboMatches(
  combo: string,
  categories: ComboCategory[],
  filter: { category: string; option: string },
): boolean {
  const index = categories.findIndex((c) => c.code.toLowerCase() === filter.category.toLowerCase());
  if (index < 0) return false;
  const options = comboOptions(combo, categories);
  const picked = options?.[index];
  return picked !== undefined && picked.toLowerCase() === filter.option.toLowerCase();
}
