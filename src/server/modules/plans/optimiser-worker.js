// Worker thread entry: registers the TypeScript loader (workers do not inherit it), then runs the task.
import { register } from 'tsx/esm/api';

register();
await import('./optimiser-task.ts');
