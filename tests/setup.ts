import { afterAll } from 'vitest';
import { removeTempDirs } from './temp.ts';

// Every test file leaves the temporary folders it made behind it: none.
afterAll(removeTempDirs);
