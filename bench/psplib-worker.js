// Worker entry for bench/psplib.ts: registers tsx in this thread, then runs the TypeScript task.
import { register } from 'tsx/esm/api';

register();
await import('./psplib-task.ts');
