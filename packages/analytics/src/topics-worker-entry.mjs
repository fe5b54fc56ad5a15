// Worker threads do not inherit vitest's TypeScript transform, and under plain
// `tsx` registering twice is harmless: load the TypeScript worker through tsx.
import { register } from 'tsx/esm/api';

register();
await import('./topics-worker.ts');
