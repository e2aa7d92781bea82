/** `npm run build:list`: writes assets/filters/unshill.txt, the catalogue as a uBO / AdGuard filter list. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { catalogueAsList } from '../src/lists/catalogue-list';
import { SITES } from '../src/sites';

const target = resolve(import.meta.dirname, '../assets/filters/unshill.txt');
mkdirSync(dirname(target), { recursive: true });
const text = catalogueAsList(SITES);
writeFileSync(target, text);
console.log(
  `Wrote ${target} (${text.split('\n').filter((l) => l && !l.startsWith('!') && !l.startsWith('[')).length} rules)`,
);
