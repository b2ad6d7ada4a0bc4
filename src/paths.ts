import { fileURLToPath } from 'node:url';

/**
 * True when running the compiled JavaScript (dist/src/…, `npm start`), false under tsx (src/…,
 * `npm run dev`, the tests): the few places that locate files or start processes differ.
 */
export const COMPILED = import.meta.url.endsWith('.js');

const ROOT_URL = new URL(COMPILED ? '../../' : '../', import.meta.url);

/** The project's own folder, so `seeds/` is found whatever the working directory. */
export const PROJECT_ROOT = fileURLToPath(ROOT_URL);
export const DEFAULT_CORPUS = fileURLToPath(new URL('seeds/', ROOT_URL));
