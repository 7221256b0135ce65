export type { DesignStage, ResolvedDesign } from './design.ts';
export { designWeights, resolveDesign } from './design.ts';
export { SurveyDataError, SurveyDesignError } from './errors.ts';
export { estimate, Z_95 } from './estimate.ts';
export type { SurveyTable } from './table.ts';
export { tableFromCsv, tableFromRecords } from './table.ts';
export { linearisedVariance } from './variance.ts';
