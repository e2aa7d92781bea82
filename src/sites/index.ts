import type { Site } from './types';
import bitget from './bitget';

/** The catalogue: one entry per file of this folder, id = file name (checked by tests/unit/sites). */
export const SITES: Site[] = Object.entries({ bitget }).map(([id, site]) => ({ id, ...site }));
