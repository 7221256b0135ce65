export * from './audit.ts';
export * from './auth.ts';
export * from './oversight-notes.ts';
export * from './workspaces.ts';
