import { SITES } from './index';

/** Every match pattern of the catalogue, for the manifest and the early content script. */
export const CATALOGUE_MATCHES: string[] = [...new Set(SITES.flatMap((site) => site.matches))];
