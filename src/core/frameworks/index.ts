import { DEFENCE_INTEGRITY_RISK } from './defence-integrity-risk.ts';
import { INTEGRITY_AREAS } from './integrity-areas.ts';
import { PEFA_STYLE } from './pefa-style.ts';
import { SSG_TEN_CRITERIA } from './ssg-ten-criteria.ts';
import { SSR_DIMENSIONS_FRAMEWORK } from './ssr-dimensions.ts';
import { SSR_PRINCIPLES } from './ssr-principles.ts';
import type { Framework } from './types.ts';

export type * from './types.ts';

/** Frozen all the way down: built-ins are shared by every caller, so none may change them. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** The reference frameworks shipped with Custodes, in the order they are offered. */
export const BUILT_IN_FRAMEWORKS: readonly Framework[] = deepFreeze([
  SSG_TEN_CRITERIA,
  SSR_PRINCIPLES,
  SSR_DIMENSIONS_FRAMEWORK,
  INTEGRITY_AREAS,
  DEFENCE_INTEGRITY_RISK,
  PEFA_STYLE,
]);

export function findFramework(id: string): Framework | undefined {
  return BUILT_IN_FRAMEWORKS.find((framework) => framework.id === id);
}
