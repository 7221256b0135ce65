export * from './assessments.ts';
export * from './audit.ts';
export * from './auth.ts';
export * from './needs.ts';
export * from './oversight-notes.ts';
export * from './plans.ts';
export * from './sector-map.ts';
export * from './workspaces.ts';
