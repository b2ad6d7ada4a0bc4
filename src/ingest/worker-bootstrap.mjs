// A worker thread starts as plain JavaScript: register tsx's loader, then load the TypeScript worker.
// This works the same under `tsx`, `node --import tsx` and vitest, whatever the parent's loader was.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
