// Outside the extension no browser resolves the UI's messages: the unit tests read the English ones, as a
// reader whose browser is in English would (src/i18n/i18n.ts bundles no table of its own).
import { englishMessage } from '../../src/i18n/english';
import { setFallbackMessages } from '../../src/i18n/i18n';

setFallbackMessages(englishMessage);
