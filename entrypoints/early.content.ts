import { defineContentScript } from '#imports';
import { runEarly } from '../src/content/early';
import { CATALOGUE_MATCHES } from '../src/sites/matches';

export default defineContentScript({
  matches: CATALOGUE_MATCHES,
  runAt: 'document_start',
  main: () => runEarly(),
});
