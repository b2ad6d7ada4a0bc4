import { fileURLToPath } from 'node:url';

/** The project's own folder, so `seeds/` is found whatever the working directory. */
export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DEFAULT_CORPUS = fileURLToPath(new URL('../seeds/', import.meta.url));
